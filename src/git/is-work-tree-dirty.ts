import { execFile } from 'node:child_process';

/**
 * Whether `dir` is inside a git work tree with uncommitted changes (staged, unstaged or untracked files).
 * Returns undefined when `dir` is not in a git work tree or git is not installed: there is nothing to protect.
 * The returned list holds up to 10 `git status --porcelain` lines for the message.
 */
export function isWorkTreeDirty(dir: string): Promise<{ dirty: boolean; sample: string[] } | undefined> {
  return new Promise((resolvePromise) => {
    execFile(
      'git',
      ['status', '--porcelain', '--untracked-files=normal'],
      { cwd: dir, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => {
        if (error) return resolvePromise(undefined);
        const lines = stdout.split('\n').filter((l) => l.trim() !== '');
        resolvePromise({ dirty: lines.length > 0, sample: lines.slice(0, 10) });
      },
    );
  });
}

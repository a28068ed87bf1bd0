import { execFile } from 'node:child_process';

/** The top directory of the git work tree containing `dir`, or undefined outside git (or without git). */
export function findGitRoot(dir: string): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile(
      'git',
      ['rev-parse', '--show-toplevel'],
      { cwd: dir, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => resolvePromise(error ? undefined : stdout.trim() || undefined),
    );
  });
}

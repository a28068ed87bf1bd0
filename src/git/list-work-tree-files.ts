import { spawnSync } from 'node:child_process';

/**
 * The files git sees as the project under `dir` (a directory inside a work tree): tracked files plus
 * untracked files that no ignore rule covers (`git ls-files -co --exclude-standard -z`), or only the tracked
 * ones (`untracked: false`). Paths are relative to `dir`, with forward slashes; an untracked nested
 * repository is listed once, as its directory with a trailing slash. Undefined when git cannot list them
 * (git missing, not a work tree): the caller walks the directory instead.
 */
export function listWorkTreeFiles(dir: string, options: { untracked: boolean }): string[] | undefined {
  const args = [
    'ls-files',
    '-z',
    '--cached',
    ...(options.untracked ? ['--others', '--exclude-standard'] : []),
  ];
  const result = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  if (result.status !== 0 || result.error) return undefined;
  // A file both tracked and deleted from disk stays listed by --cached; the caller's lstat drops it.
  return [...new Set(result.stdout.split('\0').filter(Boolean))];
}

import { spawnSync } from 'node:child_process';

export interface WorkTreeListing {
  /** Relative to the listed directory, forward slashes; a nested repository once, as `dir/`. */
  paths: string[];
  /**
   * Tracked files marked assume-unchanged or skip-worktree (`git ls-files -v` tags them h/s/S): git reads
   * those from its index, not from disk, so what `git grep` says of them is not about the file on disk.
   */
  indexed: Set<string>;
}

/**
 * The files git sees as the project under `dir` (a directory inside a work tree): tracked files plus
 * untracked files that no ignore rule covers (`git ls-files -co --exclude-standard -z`), or only the tracked
 * ones (`untracked: false`). Paths are relative to `dir`, with forward slashes; an untracked nested
 * repository is listed once, as its directory with a trailing slash. Undefined when git cannot list them
 * (git missing, not a work tree): the caller walks the directory instead.
 */
export function listWorkTreeFiles(dir: string, options: { untracked: boolean }): WorkTreeListing | undefined {
  const args = [
    'ls-files',
    '-z',
    // Each entry tagged (`H path`, `? path`; lower case: assume-unchanged; S: skip-worktree).
    '-v',
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
  const paths = new Set<string>();
  const indexed = new Set<string>();
  for (const entry of result.stdout.split('\0')) {
    if (entry.length < 3) continue;
    const path = entry.slice(2);
    paths.add(path);
    const tag = entry[0]!;
    if (tag === 'S' || (tag !== '?' && tag === tag.toLowerCase())) indexed.add(path);
  }
  return { paths: [...paths], indexed };
}

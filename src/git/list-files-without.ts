import { spawnSync } from 'node:child_process';

/**
 * The text files under `dir` (inside a work tree) that hold none of `needles`, as git finds them: one
 * `git grep -L -I -F` over tracked files and untracked files no ignore rule covers, in C and on several
 * threads, instead of opening every file in Node. Paths are relative to `dir`, with forward slashes.
 *
 * Only what git positively lists is in the set, so every doubt falls on the side of reading the file:
 * files git does not search (submodules, symbolic links, unreadable files) and binary files (a NUL byte in
 * the first 8000 bytes, git's test and detectBinary's; `-I` leaves them unlisted) are absent. Tracked files
 * marked assume-unchanged or skip-worktree are searched by git in the index, not on disk: the caller must
 * not trust the answer for those (`git ls-files -v` tags them). Undefined when git cannot answer (git
 * missing or too old, not a work tree, any other failure): the caller reads every file itself.
 */
export function listFilesWithout(dir: string, needles: readonly string[]): Set<string> | undefined {
  if (needles.length === 0) return undefined;
  const args = [
    // Paths relative to `dir` whatever the user's configuration says.
    '-c',
    'grep.fullName=false',
    'grep',
    '--untracked',
    '--files-without-match',
    '-I',
    '--fixed-strings',
    '--no-color',
    '-z',
    ...needles.flatMap((n) => ['-e', n]),
  ];
  const result = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  // 0: some file listed, 1: none (git's exit codes for grep, -L included); anything else is a failure.
  if (result.error || (result.status !== 0 && result.status !== 1)) return undefined;
  return new Set(result.stdout.split('\0').filter(Boolean));
}

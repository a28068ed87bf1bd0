import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
 *
 * Asynchronous, so that the caller lists and stats the files meanwhile: git writes to a temporary file,
 * not a pipe, because a pipe nobody drains (the caller's loop is synchronous) would stop git when full.
 */
export function listFilesWithout(dir: string, needles: readonly string[]): Promise<Set<string> | undefined> {
  if (needles.length === 0) return Promise.resolve(undefined);
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
  const out = join(tmpdir(), `rb-migrate-grep-${process.pid}-${randomBytes(4).toString('hex')}`);
  let fd: number;
  try {
    fd = openSync(out, 'wx', 0o600);
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise<Set<string> | undefined>((resolve) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      let listed: Set<string> | undefined;
      try {
        if (ok) listed = new Set(readFileSync(out, 'utf8').split('\0').filter(Boolean));
      } catch {
        listed = undefined;
      } finally {
        rmSync(out, { force: true });
      }
      resolve(listed);
    };
    try {
      const child = spawn('git', args, { cwd: dir, stdio: ['ignore', fd, 'ignore'] });
      // 0: some file listed, 1: none (git's exit codes for grep, -L included); anything else is a failure.
      child.on('close', (code) => finish(code === 0 || code === 1));
      child.on('error', () => finish(false));
    } catch {
      finish(false);
    } finally {
      closeSync(fd);
    }
  });
}

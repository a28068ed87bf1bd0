import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { findWorkTreeTop } from './find-work-tree-top.ts';

export interface DirtyFile {
  absolute: string;
  /** `modified`: uncommitted changes (staged or not); `untracked`: not in git at all (new or ignored). */
  state: 'modified' | 'untracked';
}

/**
 * Which of these files (absolute paths) git could not give back if they were overwritten: files with
 * uncommitted changes and files git does not track, looked up in the work tree that contains each one (so it
 * works from any directory and across several repositories). Files outside any work tree, or in one git
 * cannot read (git missing), have nothing to protect and are not listed. Other files of the work tree never
 * count: an untracked `migration.json` next to them does not make them dirty.
 */
export async function findDirtyFiles(absolutes: readonly string[]): Promise<DirtyFile[]> {
  const byTop = new Map<string, string[]>();
  for (const absolute of absolutes) {
    const real = realOrSelf(absolute);
    const top = findWorkTreeTop(dirname(real));
    if (top === undefined) continue;
    const list = byTop.get(top) ?? byTop.set(top, []).get(top)!;
    list.push(absolute);
  }
  const found = await Promise.all(
    [...byTop].map(async ([top, files]) => {
      const [tracked, changed] = await Promise.all([
        git(top, ['ls-files', '-z']),
        git(top, ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--ignore-submodules=all']),
      ]);
      if (tracked === undefined || changed === undefined) return [];
      const trackedSet = new Set(tracked.split('\0').filter(Boolean));
      const changedSet = new Set(readStatusPaths(changed));
      const realTop = realOrSelf(top);
      return files.flatMap((absolute): DirtyFile[] => {
        const rel = relative(realTop, realOrSelf(absolute)).split(sep).join('/');
        if (!trackedSet.has(rel)) return [{ absolute, state: 'untracked' }];
        return changedSet.has(rel) ? [{ absolute, state: 'modified' }] : [];
      });
    }),
  );
  return found.flat();
}

/** Paths from `git status --porcelain=v1 -z` (a rename or copy entry is followed by its old path). */
function readStatusPaths(out: string): string[] {
  const paths: string[] = [];
  const parts = out.split('\0');
  for (let i = 0; i < parts.length; i++) {
    const entry = parts[i]!;
    if (entry.length < 4) continue;
    paths.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') i++;
  }
  return paths;
}

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolvePromise) => {
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } },
      (error, stdout) => resolvePromise(error ? undefined : stdout),
    );
  });
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

import { randomBytes } from 'node:crypto';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import type { ReadStamp } from '../files/stamp-bytes.ts';

/** Journal files are named `.rb-migrate-journal-<pid>-<hex>.json` (discovery never reads them). */
export const JOURNAL_NAME = /^\.rb-migrate-journal-(\d+)-[0-9a-f]{8}\.json$/;

export interface JournalEntry {
  /** Absolute path of a file of the group. */
  path: string;
  /** The bytes the plan was made from, and the bytes being written. */
  before: ReadStamp;
  after: ReadStamp;
}

export interface GroupJournal {
  path: string;
  /** Removes the journal once every file of the group is written (or none is). */
  close(): Promise<void>;
}

/**
 * Records, before the first file of a multi-file group is replaced, which files the group is about to change
 * (written atomically). A run killed part-way through the group leaves it behind, and findInterruptedGroups
 * tells the next `rewrite` or `check` which files were written and which were not.
 */
export async function openGroupJournal(dir: string, files: readonly JournalEntry[]): Promise<GroupJournal> {
  const path = join(dir, `.rb-migrate-journal-${process.pid}-${randomBytes(4).toString('hex')}.json`);
  const body = {
    tool: 'rb-migrate',
    about: 'files that must change together; see rb-migrate rewrite',
    files,
  };
  await writeFileAtomic(path, Buffer.from(`${JSON.stringify(body, null, 2)}\n`, 'utf8'));
  return { path, close: () => unlink(path).catch(() => undefined) };
}

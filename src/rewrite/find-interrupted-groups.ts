import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isProcessGone } from '../files/is-process-gone.ts';
import { readFileBytes } from '../files/read-file-bytes.ts';
import { stampBytes, type ReadStamp } from '../files/stamp-bytes.ts';
import { JOURNAL_NAME, type JournalEntry } from './open-group-journal.ts';

export interface InterruptedGroup {
  /** Absolute path of the journal file. */
  journal: string;
  files: { path: string; state: 'written' | 'not written' | 'edited since' | 'missing' }[];
}

/**
 * Journals of groups whose `rewrite` was killed part-way (its process is gone), found in these directories,
 * with the state of each file of the group now: `written` (holds the new bytes), `not written` (still the
 * bytes the plan was made from), `edited since` or `missing`. A group where every file is written is done;
 * any other state is a half-migrated group to finish (run `rewrite` again) or to review.
 */
export function findInterruptedGroups(dirs: readonly string[]): InterruptedGroup[] {
  const groups: InterruptedGroup[] = [];
  for (const dir of new Set(dirs)) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      const m = JOURNAL_NAME.exec(name);
      if (!m || !isProcessGone(Number(m[1]))) continue;
      const journal = join(dir, name);
      let entries: JournalEntry[];
      try {
        entries = (JSON.parse(readFileSync(journal, 'utf8')) as { files: JournalEntry[] }).files;
      } catch {
        entries = [];
      }
      groups.push({ journal, files: entries.map((e) => ({ path: e.path, state: stateOf(e) })) });
    }
  }
  return groups;
}

function stateOf(entry: JournalEntry): InterruptedGroup['files'][number]['state'] {
  const read = readFileBytes(entry.path, Math.max(entry.before.size, entry.after.size) + 1);
  if (read.kind === 'error') return 'missing';
  if (read.kind !== 'bytes') return 'edited since';
  const now = stampBytes(read.bytes);
  const same = (s: ReadStamp) => s.size === now.size && s.sha1 === now.sha1;
  return same(entry.after) ? 'written' : same(entry.before) ? 'not written' : 'edited since';
}

import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { basename } from 'node:path';
import { holdIfUnchanged } from '../files/hold-if-unchanged.ts';
import { prepareReplacement, type Replacement, type ReplacementHooks } from '../files/prepare-replacement.ts';
import { readIfChanged } from '../files/read-if-changed.ts';
import { stampBytes } from '../files/stamp-bytes.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import { openGroupJournal } from './open-group-journal.ts';
import type { FileOutcome, PlannedRewrite } from './plan-file-rewrite.ts';
import { isInside } from '../files/is-inside.ts';

/** A file with its plan. `root` is the real path the file must stay inside (DiscoveredFile.root). */
export interface PlannedFile {
  file: { path: string; absolute: string; root: string };
  plan: PlannedRewrite;
}

/** Files that must change together (a URL and its body, a factory and its callers): all or none is written. */
export type PlannedGroup = readonly PlannedFile[];

export interface CommitOptions {
  /** Where the journal of a multi-file group is kept (the work tree top, or the root, of its first file). */
  journalDir: (file: PlannedFile['file']) => string;
  onProgress?: (files: number) => void;
  /** Test seam: see prepareReplacement. */
  hooks?: ReplacementHooks;
}

export interface CommitResult {
  /** One outcome per planned file, group after group. */
  outcomes: FileOutcome[];
  /** For each replaced file, the nanoseconds between the end of its compare and the end of its rename. */
  windows: number[];
}

/** How an outcome's error starts when a file was edited while rewrite ran (its user's version is kept). */
export const CHANGED_DURING_REWRITE = 'changed during rewrite';

interface Held {
  index: number;
  file: PlannedFile['file'];
  fd: number;
  read: Uint8Array;
  written: Uint8Array;
}

/**
 * Writes planned groups, one group at a time, each all or nothing:
 * 1. every file of the group is checked (still inside its root by real path, not a symlink, one hard link);
 * 2. its new bytes go to fsynced temp files with the original's mode, owner and group;
 * 3. a multi-file group is recorded in a journal (openGroupJournal), so a run killed half-way is detected;
 * 4. every file is compared with the bytes its plan was made from (holdIfUnchanged) and, only when all match,
 *    renamed over, with no other task in between: a file edited meanwhile is never overwritten, and the
 *    whole group is left alone and reported `changed during rewrite`.
 * A replaced file is looked at once more after the next group (through the descriptor kept by the compare):
 * an editor that had it open and appended between the compare and the rename wrote to the replaced version,
 * which is then put back. Never throws for a file: failures are outcomes.
 */
export async function commitGroups(
  groups: readonly PlannedGroup[],
  options: CommitOptions,
): Promise<CommitResult> {
  const outcomes: FileOutcome[] = [];
  const windows: number[] = [];
  let held: Held[] = [];
  let done = 0;
  for (const group of groups) {
    const start = outcomes.length;
    const result = await commitGroup(group, options, windows);
    outcomes.push(...result.outcomes);
    await settle(held, outcomes);
    held = result.held.map((h) => ({ ...h, index: start + h.index }));
    done += group.length;
    options.onProgress?.(done);
  }
  await settle(held, outcomes);
  return { outcomes, windows };
}

async function commitGroup(
  group: PlannedGroup,
  options: CommitOptions,
  windows: number[],
): Promise<{ outcomes: FileOutcome[]; held: Held[] }> {
  const outcomes = group.map((p) => p.plan.outcome);
  const writes = group.flatMap((p, index) =>
    p.plan.bytes && p.plan.read ? [{ index, file: p.file, bytes: p.plan.bytes, read: p.plan.read }] : [],
  );
  if (writes.length === 0) return { outcomes, held: [] };
  const refuse = (culprit: number, reason: string) => {
    for (const w of writes)
      outcomes[w.index] = failed(
        outcomes[w.index]!,
        w.index === culprit
          ? reason
          : `not written: it must change together with ${group[culprit]!.file.path}, which was not (${reason})`,
      );
    return { outcomes, held: [] };
  };

  // A member that cannot be migrated (its plan failed) holds the whole group back.
  const broken = group.findIndex((p) => p.plan.outcome.status === 'failed');
  if (broken >= 0) {
    refuse(broken, group[broken]!.plan.outcome.error ?? 'failed');
    outcomes[broken] = group[broken]!.plan.outcome;
    return { outcomes, held: [] };
  }
  for (const w of writes) {
    const reason = refusalOf(w.file);
    if (reason) return refuse(w.index, reason);
  }
  const prepared: Replacement[] = [];
  for (const w of writes) {
    try {
      prepared.push(await prepareReplacement(w.file.absolute, w.bytes, options.hooks));
    } catch (error) {
      await discard(prepared);
      return refuse(w.index, describeWriteError(error));
    }
  }
  const journal =
    writes.length > 1
      ? await openGroupJournal(
          options.journalDir(writes[0]!.file),
          writes.map((w) => ({
            path: w.file.absolute,
            before: stampBytes(w.read),
            after: stampBytes(w.bytes),
          })),
        )
      : undefined;

  // Compare every file, then rename every file: nothing awaited from the first compare to the last rename.
  const fds: number[] = [];
  const heldAt: bigint[] = [];
  for (const w of writes) {
    const fd = holdIfUnchanged(w.file.absolute, w.read);
    if (fd === undefined) {
      for (const open of fds) closeSync(open);
      await discard(prepared);
      await journal?.close();
      return refuse(
        w.index,
        `${CHANGED_DURING_REWRITE}: the file was edited after it was read; your version was kept (run rewrite again)`,
      );
    }
    fds.push(fd);
    heldAt.push(process.hrtime.bigint());
  }
  for (let i = 0; i < writes.length; i++) {
    try {
      renameSync(prepared[i]!.temp, writes[i]!.file.absolute);
    } catch (error) {
      // Earlier files of the group are written: the journal stays, so the next run reports the half group.
      for (const open of fds.slice(i)) closeSync(open);
      await discard(prepared.slice(i));
      for (const w of writes.slice(i))
        outcomes[w.index] = failed(outcomes[w.index]!, describeWriteError(error));
      return { outcomes, held: toHeld(writes.slice(0, i), fds) };
    }
    windows.push(Number(process.hrtime.bigint() - heldAt[i]!));
    if (i === 0 && writes.length > 1) pauseForTest();
  }
  await journal?.close();
  return { outcomes, held: toHeld(writes, fds) };
}

function toHeld(
  writes: readonly { index: number; file: PlannedFile['file']; read: Uint8Array; bytes: Uint8Array }[],
  fds: readonly number[],
): Held[] {
  return writes.map((w, i) => ({
    index: w.index,
    file: w.file,
    read: w.read,
    written: w.bytes,
    fd: fds[i]!,
  }));
}

/** The last look at replaced files: an edit that reached the replaced version is put back. */
async function settle(held: readonly Held[], outcomes: FileOutcome[]): Promise<void> {
  for (const h of held) {
    const edited = readIfChanged(h.fd, h.read);
    if (edited) outcomes[h.index] = await restore(h, edited, outcomes[h.index]!);
  }
}

async function restore(h: Held, edited: Buffer, outcome: FileOutcome): Promise<FileOutcome> {
  const back = await writeFileAtomic(h.file.absolute, edited, { expect: h.written }).catch(() => false);
  if (back)
    return failed(
      outcome,
      `${CHANGED_DURING_REWRITE}: the file was edited while it was being replaced; your version was put back (run rewrite again)`,
    );
  // Edited before and after the rename: the migrated file (with the later edit) stays; the earlier edit is saved.
  const saved = `${h.file.absolute}.rb-migrate-edit-${randomBytes(4).toString('hex')}`;
  writeFileSync(saved, edited, { flag: 'wx' });
  return failed(
    outcome,
    `${CHANGED_DURING_REWRITE}: the file was edited both before and after it was replaced; the migrated file stays and your edit of the original is saved in ${basename(saved)}: merge it by hand`,
  );
}

/** Why a file must not be written now, or undefined. */
function refusalOf(file: PlannedFile['file']): string | undefined {
  let info;
  try {
    info = lstatSync(file.absolute);
  } catch {
    return `${CHANGED_DURING_REWRITE}: the file was removed after it was read`;
  }
  if (info.isSymbolicLink()) return 'became a symbolic link during the run; not written';
  const real = realpathSync(file.absolute);
  if (!isInside(real, file.root))
    return `resolves to ${real}, outside the root ${file.root} (a symbolic link on the way); not written`;
  if (info.nlink > 1)
    return `has ${info.nlink} hard links: replacing it would leave the other names with the V1 version; not written (break the link first, e.g. cp f f.new && mv f.new f, or migrate it by hand)`;
  return undefined;
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if ((error as Error).message?.startsWith('cannot keep')) return (error as Error).message;
  return `cannot write (${code ?? String(error)})`;
}

function failed(outcome: FileOutcome, error: string): FileOutcome {
  const { diff: _diff, ...rest } = outcome;
  return { ...rest, status: 'failed', error };
}

async function discard(prepared: readonly Replacement[]): Promise<void> {
  for (const p of prepared) await unlink(p.temp).catch(() => undefined);
}

/** Test seam: with RB_MIGRATE_TEST_PAUSE_IN_GROUP=<file>, stop between two files of a group (to be killed). */
function pauseForTest(): void {
  const marker = process.env.RB_MIGRATE_TEST_PAUSE_IN_GROUP;
  if (!marker) return;
  writeFileSync(marker, String(process.pid));
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}

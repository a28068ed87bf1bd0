import { renameSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { holdIfUnchanged } from './hold-if-unchanged.ts';
import { prepareReplacement, type ReplacementHooks } from './prepare-replacement.ts';
import { readIfChanged } from './read-if-changed.ts';

export interface WriteAtomicOptions extends ReplacementHooks {
  /** What was read before: the file is replaced only if it still holds exactly these bytes. */
  expect?: Uint8Array;
}

/**
 * Replaces a file's content atomically: a temp file in the same directory, fsynced, with the original's
 * mode, owner and group, renamed over the target. A reader (or a crash) sees either the old bytes or the new
 * bytes, never a mix. With `expect`, the target is compared with what was read just before the rename and
 * left alone when it changed: returns false then (and true when written).
 */
export async function writeFileAtomic(
  path: string,
  data: Uint8Array,
  options: WriteAtomicOptions = {},
): Promise<boolean> {
  const replacement = await prepareReplacement(path, data, options);
  let held: number | undefined;
  try {
    if (options.expect) {
      held = holdIfUnchanged(path, options.expect);
      if (held === undefined) {
        await unlink(replacement.temp).catch(() => undefined);
        return false;
      }
    }
    renameSync(replacement.temp, path);
  } catch (error) {
    await unlink(replacement.temp).catch(() => undefined);
    throw error;
  } finally {
    if (held !== undefined && options.expect) readIfChanged(held, options.expect);
  }
  return true;
}

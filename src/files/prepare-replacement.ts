import { randomBytes } from 'node:crypto';
import { open, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A temp file holding a file's new bytes, fsynced, with the original's mode, owner and group. */
export interface Replacement {
  path: string;
  temp: string;
}

/** Test seam: runs while the temp file is written but before it is fsynced and renamed (a held-open write). */
export interface ReplacementHooks {
  afterTempWrite?: (temp: string) => Promise<void>;
}

/**
 * Writes `data` to a new temp file in the target's directory (so the later rename never crosses a file
 * system), fsyncs it and gives it the target's mode, and its owner and group when they differ from ours (a
 * root run keeps a file owned by `nobody` owned by `nobody`). Throws, leaving no temp file, when any step
 * fails (EPERM when the owner cannot be kept). Nothing is renamed here: see holdIfUnchanged.
 */
export async function prepareReplacement(
  path: string,
  data: Uint8Array,
  hooks: ReplacementHooks = {},
): Promise<Replacement> {
  const target = await stat(path).catch(() => undefined);
  const mode = target ? target.mode & 0o7777 : 0o644;
  const temp = join(
    dirname(path),
    `.rb-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const handle = await open(temp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await hooks.afterTempWrite?.(temp);
    await handle.sync();
    if (target) {
      const mine = await handle.stat();
      if (mine.uid !== target.uid || mine.gid !== target.gid)
        await handle.chown(target.uid, target.gid).catch((error: NodeJS.ErrnoException) => {
          throw Object.assign(
            new Error(
              `cannot keep its owner and group (${target.uid}:${target.gid}, ${error.code}): run rewrite as that user or as root`,
            ),
            { code: error.code },
          );
        });
      // After chown, which clears set-id bits, and regardless of the umask the open applied.
      await handle.chmod(mode);
    }
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  return { path, temp };
}

import { randomBytes } from 'node:crypto';
import { chmod, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Replaces a file's content atomically: writes a temp file in the same directory (so the rename never
 * crosses a file system), fsyncs it, gives it the original file's mode, then renames it over the target.
 * A reader (or a crash) sees either the old bytes or the new bytes, never a mix.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const mode = (await stat(path).catch(() => undefined))?.mode;
  const temp = join(
    dirname(path),
    `.rb-tmp-${basename(path)}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
  const handle = await open(temp, 'wx', mode !== undefined ? mode & 0o7777 : 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    if (mode !== undefined) await chmod(temp, mode & 0o7777);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

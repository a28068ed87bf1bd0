import { closeSync, openSync } from 'node:fs';
import { readDescriptor } from './read-descriptor.ts';

/**
 * Opens `path` and compares it byte for byte with what an earlier read saw (`expected`; one more byte is read
 * so a file that grew is told apart). Returns the open descriptor when they match, so the caller can rename
 * over the file at once and still read the replaced version afterwards (readIfChanged); returns undefined
 * (nothing left open) when the file is gone or differs. Synchronous on purpose: no other task runs between
 * this compare and the caller's rename. A byte compare costs ~1 µs per 4 KB here, a SHA-1 ~14 µs, and the
 * hash would sit inside the window between the read and the rename.
 */
export function holdIfUnchanged(path: string, expected: Uint8Array): number | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  const bytes = readDescriptor(fd, expected.length + 1);
  if (bytes && Buffer.compare(bytes, expected) === 0) return fd;
  closeSync(fd);
  return undefined;
}

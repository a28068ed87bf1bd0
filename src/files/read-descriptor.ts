import { fstatSync, readSync } from 'node:fs';

/**
 * Reads an open file from offset 0 to its end, or at most `limit` bytes (so a file that grew can be told from
 * one that did not without reading all of it). Undefined on a read error.
 */
export function readDescriptor(fd: number, limit = Number.POSITIVE_INFINITY): Buffer | undefined {
  try {
    const size = Math.min(limit, fstatSync(fd).size);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return bytes.subarray(0, read);
  } catch {
    return undefined;
  }
}

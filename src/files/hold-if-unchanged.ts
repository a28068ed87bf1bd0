import { closeSync, openSync } from 'node:fs';
import { readDescriptor } from './read-descriptor.ts';
import { stampBytes, type ReadStamp } from './stamp-bytes.ts';

/**
 * Opens `path` and compares it with what an earlier read saw (`expected`): the size first, then the bytes'
 * hash. Returns the open descriptor when they match, so the caller can rename over the file at once and still
 * read the replaced version afterwards (readIfChanged); returns undefined (nothing left open) when the file is
 * gone or differs. Synchronous on purpose: no other task runs between this compare and the caller's rename.
 */
export function holdIfUnchanged(path: string, expected: ReadStamp): number | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  const bytes = readDescriptor(fd, expected.size + 1);
  if (bytes?.length === expected.size && stampBytes(bytes).sha1 === expected.sha1) return fd;
  closeSync(fd);
  return undefined;
}

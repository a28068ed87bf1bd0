import { closeSync } from 'node:fs';
import { readDescriptor } from './read-descriptor.ts';
import { stampBytes, type ReadStamp } from './stamp-bytes.ts';

/**
 * Closes a descriptor held on a replaced file (holdIfUnchanged) after one last look: returns the file's bytes
 * when they no longer match `expected` (someone had it open and wrote to it after the compare), otherwise
 * undefined. Those bytes are a user's edit that the rename hid: the caller puts them back.
 */
export function readIfChanged(fd: number, expected: ReadStamp): Buffer | undefined {
  try {
    const bytes = readDescriptor(fd);
    if (!bytes) return undefined;
    return bytes.length === expected.size && stampBytes(bytes).sha1 === expected.sha1 ? undefined : bytes;
  } finally {
    closeSync(fd);
  }
}

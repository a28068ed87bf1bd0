import { closeSync } from 'node:fs';
import { readDescriptor } from './read-descriptor.ts';

/**
 * Closes a descriptor held on a replaced file (holdIfUnchanged) after one last look: returns the file's bytes
 * when they no longer equal `expected` (someone had it open and wrote to it after the compare), otherwise
 * undefined. Those bytes are a user's edit that the rename hid: the caller puts them back.
 */
export function readIfChanged(fd: number, expected: Uint8Array): Buffer | undefined {
  try {
    const bytes = readDescriptor(fd);
    return !bytes || Buffer.compare(bytes, expected) === 0 ? undefined : bytes;
  } finally {
    closeSync(fd);
  }
}

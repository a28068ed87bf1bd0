import { createHash } from 'node:crypto';

/** What a read saw of a file: its size and a SHA-1 of its bytes (enough to tell any edit from none). */
export interface ReadStamp {
  size: number;
  sha1: string;
}

/** The stamp of bytes just read, kept with a plan so the file can be compared again right before it is replaced. */
export function stampBytes(bytes: Uint8Array): ReadStamp {
  return { size: bytes.length, sha1: createHash('sha1').update(bytes).digest('hex') };
}

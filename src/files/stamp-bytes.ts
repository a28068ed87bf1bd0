import { createHash } from 'node:crypto';

/** What a read saw of a file: its size and a SHA-1 of its bytes (enough to tell any edit from none). */
export interface ReadStamp {
  size: number;
  sha1: string;
}

/** The stamp of a file's bytes, as a group journal records them before and after (findInterruptedGroups). */
export function stampBytes(bytes: Uint8Array): ReadStamp {
  return { size: bytes.length, sha1: createHash('sha1').update(bytes).digest('hex') };
}

/**
 * One native pass over a file's bytes for several ASCII needles, instead of one `includes` per needle: the
 * bytes are read as latin1 (byte for byte) and matched with one alternation. False means that none of the
 * needles occurs, so the file cannot hold what they announce; true says only that one of them may.
 */
export function createMentionTest(needles: readonly string[]): (bytes: Buffer) => boolean {
  const pattern = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
  return (bytes) => pattern.test(bytes.toString('latin1'));
}

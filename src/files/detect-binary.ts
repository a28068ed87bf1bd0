/** How many leading bytes are inspected (git uses the first 8000 bytes the same way). */
export const BINARY_SNIFF_BYTES = 8000;

/**
 * True when the bytes look like a binary file: a NUL byte in the first 8000 bytes (git's heuristic).
 * UTF-16 text also contains NULs and is treated as binary; rb-migrate only handles ASCII-compatible text.
 */
export function detectBinary(head: Uint8Array): boolean {
  // TypedArray#indexOf is native (a memchr-like scan): several times faster than a JS loop over 20,000 files.
  return head.subarray(0, BINARY_SNIFF_BYTES).indexOf(0) !== -1;
}

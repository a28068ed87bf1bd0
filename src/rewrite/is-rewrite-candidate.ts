import { readFileSync, statSync } from 'node:fs';

const NEEDLES = ['sensei', 'rb-migrate', '@adobe/aio-lib-photoshop-api', '@adobe/photoshop-apis'];

/**
 * Cheap byte-level prefilter run before any decoding or parsing: true when the file may hold something
 * rewrite acts on (a V1 path, a marker, a V1 SDK import, a V1-shaped body, a project constant's name), and
 * also when it cannot be read or is huge, so that rewriteFile reports it rather than it vanishing silently.
 */
export async function isRewriteCandidate(
  absolute: string,
  constantNames: readonly string[] = [],
): Promise<boolean> {
  let bytes: Buffer;
  try {
    // Synchronous on purpose: much faster than fs/promises for thousands of small files.
    if (statSync(absolute).size > 8 * 1024 * 1024) return true;
    bytes = readFileSync(absolute);
  } catch {
    return true;
  }
  if (NEEDLES.some((n) => bytes.includes(n))) return true;
  if (bytes.includes('href') && bytes.includes('input') && bytes.includes('output')) return true;
  return constantNames.some((n) => bytes.includes(n));
}

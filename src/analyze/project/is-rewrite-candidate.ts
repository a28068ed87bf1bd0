import { SDK_MODULES, createV1PathPattern, V1_SEGMENT } from 'rb-migrate-runtime/mapping';
import { mayHaveV1Shape, V1_SHAPE_NEEDLE } from '../may-have-v1-shape.ts';
import { createMentionTest } from '../../files/create-mention-test.ts';

const NEEDLES = ['rb-migrate', ...SDK_MODULES];
const V1_PATH = createV1PathPattern('');
/** A base URL ending in /sensei, completed elsewhere with '/cutout'. */
const SENSEI_BASE = /\/sensei\/?['"`]/;
/** Every fixed needle below: a file holding none of them is no candidate (unless it names a project constant). */
export const MENTION_NEEDLES: readonly string[] = [...NEEDLES, V1_SEGMENT, V1_SHAPE_NEEDLE];
/** One pass for every fixed needle below: most files mention none of them. */
export const mayMentionV1 = createMentionTest(MENTION_NEEDLES);

/**
 * Cheap byte-level prefilter run before any decoding or parsing: true when the file's bytes may hold
 * something rewrite acts on (a V1 path, a marker, a V1 SDK import, a V1-shaped body, a project constant's
 * name).
 */
export function isRewriteCandidate(bytes: Buffer, constantNames: readonly string[] = []): boolean {
  if (!mayMentionV1(bytes)) return constantNames.some((n) => bytes.includes(n));
  if (NEEDLES.some((n) => bytes.includes(n))) return true;
  if (bytes.includes(V1_SEGMENT)) {
    // `sensei` alone (e.g. /sensei/autoCrop, another service) is not V1 Remove Background usage.
    const text = bytes.toString('latin1');
    if (V1_PATH.test(text) || SENSEI_BASE.test(text)) return true;
  }
  if (mayHaveV1Shape(bytes)) return true;
  return constantNames.some((n) => bytes.includes(n));
}

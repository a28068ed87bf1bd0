import type { AnyNode } from '../ast/types.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { V1_BODY_ROOTS } from './v1-shape.ts';

/**
 * Whether an object literal has the V1 request shape: every root the mapping requires (`input` and
 * `output`). A V2 body also has `output`, so one key is not enough.
 */
export function isV1Body(object: AnyNode): boolean {
  const keys = new Set(object.properties.map((p: AnyNode) => getPropertyKey(p)));
  return [...V1_BODY_ROOTS].every((root) => keys.has(root));
}

import { V1_SHAPE_PATHS } from './v1-shape-paths.ts';

/** Leaf keys first (`href`): they are rarer in ordinary code than container names, so `every` stops sooner. */
const KEYS = [...new Set([...V1_SHAPE_PATHS.map((p) => p.at(-1)!), ...V1_SHAPE_PATHS.flat()])];

/** A key every V1-shaped body has (the rarest, a leaf): its absence rules the shape out in one search. */
export const V1_SHAPE_NEEDLE = KEYS[0]!;

/** Cheap byte/text prefilter for the V1 request shape: every key of V1_SHAPE_PATHS occurs somewhere. */
export function mayHaveV1Shape(content: Buffer | string): boolean {
  return KEYS.every((key) => content.includes(key));
}

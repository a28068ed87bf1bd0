import { V1_SHAPE_PATHS } from './v1-shape-paths.ts';

/** Whether a plain value (parsed JSON) has the V1 request shape (every V1_SHAPE_PATHS path present). */
export function hasV1Shape(value: unknown): value is Record<string, unknown> {
  return V1_SHAPE_PATHS.every((path) => {
    let current: unknown = value;
    for (const key of path) {
      if (typeof current !== 'object' || current === null || Array.isArray(current)) return false;
      if (!(key in current)) return false;
      current = (current as Record<string, unknown>)[key];
    }
    return true;
  });
}

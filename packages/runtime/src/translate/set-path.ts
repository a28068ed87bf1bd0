const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);
const split = new Map<string, string[]>();

/**
 * Writes `value` at a dotted path of a plain object, creating plain objects on the way. Paths come from the
 * mapping table (never from input), and prototype keys are refused outright.
 */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  let keys = split.get(path);
  if (keys === undefined) split.set(path, (keys = path.split('.')));
  let current = target;
  const last = keys.length - 1;
  for (let i = 0; i < last; i++) {
    const key = keys[i]!;
    if (UNSAFE.has(key)) throw new Error(`unsafe path ${path}`);
    const next = current[key];
    if (next === null || typeof next !== 'object') current = current[key] = {};
    else current = next as Record<string, unknown>;
  }
  const key = keys[last]!;
  if (UNSAFE.has(key)) throw new Error(`unsafe path ${path}`);
  current[key] = value;
}

/** Writes `value` at a dotted path of a plain object, creating plain objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let current = target;
  for (const key of keys.slice(0, -1)) {
    const next = Object.prototype.hasOwnProperty.call(current, key) ? current[key] : undefined;
    if (next === null || typeof next !== 'object') {
      const created: Record<string, unknown> = {};
      Object.defineProperty(current, key, {
        value: created,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      current = created;
    } else {
      current = next as Record<string, unknown>;
    }
  }
  Object.defineProperty(current, keys[keys.length - 1]!, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

import type { AnyPath } from '../ast/types.ts';

/**
 * The declaring node (an Identifier) of `name` as seen from `path`, by lexical scope; undefined if global.
 * Compared by identity only, so it is typed as such.
 */
export function resolveBinding(path: AnyPath, name: string): unknown {
  const scope = path.scope?.lookup(name);
  if (!scope) return undefined;
  const bindings = scope.getBindings()[name];
  return bindings?.[0]?.node;
}

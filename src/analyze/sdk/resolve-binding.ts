import type { ASTPath } from 'jscodeshift';

/** The declaring node (an Identifier) of `name` as seen from `path`, by lexical scope; undefined if global. */
export function resolveBinding(path: ASTPath<any>, name: string): any | undefined {
  const scope = (path as any).scope?.lookup(name);
  if (!scope) return undefined;
  const bindings = scope.getBindings()[name];
  return bindings?.[0]?.node;
}

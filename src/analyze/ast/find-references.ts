import type { ASTNode, Collection } from 'jscodeshift';
import type { AnyPath } from './types.ts';
import type { Binding } from './find-binding.ts';
import { isReference } from './is-reference.ts';
import { findPaths } from './find-paths.ts';

/** Every identifier in the file that reads the given binding (declarations excluded). */
export function findReferences(
  ctx: { root: Collection<ASTNode> },
  binding: Binding,
  name: string,
): AnyPath[] {
  const found: AnyPath[] = [];
  findPaths(ctx.root, 'Identifier', (n) => n.type === 'Identifier' && n.name === name).forEach(
    (p: AnyPath) => {
      if (p.node === binding.declaration.node) return;
      if (!isReference(p)) return;
      const scope = lookup(p, name);
      // Unknown scope (ast-types cannot scan it): count it as a reference, the safe side.
      if (scope !== UNKNOWN && scope !== binding.scope) return;
      found.push(p);
    },
  );
  return found;
}

const UNKNOWN = Symbol('unknown scope');

function lookup(path: AnyPath, name: string): unknown {
  try {
    return path.scope?.lookup(name);
  } catch {
    return UNKNOWN; // see findBinding: ast-types cannot scan this scope
  }
}

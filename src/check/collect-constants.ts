import type { Node } from '@babel/types';
import { walkAst } from './walk-ast.ts';

/**
 * Name → initialiser of every `const`/`let`/`var` declared exactly once in a file with a plain identifier
 * (names declared twice are left out: they are ambiguous for a per-file analysis).
 */
export function collectConstants(ast: Node): Map<string, Node> {
  const found = new Map<string, Node>();
  const twice = new Set<string>();
  walkAst(ast, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init) {
      const name = node.id.name;
      if (found.has(name)) twice.add(name);
      else found.set(name, node.init);
    }
  });
  for (const name of twice) found.delete(name);
  return found;
}

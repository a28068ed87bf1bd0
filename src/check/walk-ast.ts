import type { Node } from '@babel/types';

const SKIP_KEYS = new Set([
  'loc',
  'start',
  'end',
  'extra',
  'comments',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'range',
  'tokens',
  'errors',
]);

/**
 * Depth-first walk over a Babel AST. `visit` gets each node with its ancestors (nearest last); returning
 * `false` skips the node's children.
 */
export function walkAst(root: Node, visit: (node: Node, ancestors: readonly Node[]) => boolean | void): void {
  const ancestors: Node[] = [];
  const go = (node: Node): void => {
    if (visit(node, ancestors) === false) return;
    ancestors.push(node);
    for (const key of Object.keys(node)) {
      if (SKIP_KEYS.has(key)) continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const child of value) if (isNode(child)) go(child);
      } else if (isNode(value)) go(value);
    }
    ancestors.pop();
  };
  go(root);
}

function isNode(value: unknown): value is Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

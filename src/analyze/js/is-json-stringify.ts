import type { AnyNode } from '../ast/types.ts';
const CALLS = new Set(['CallExpression', 'OptionalCallExpression']);

/** `JSON.stringify(…)`. */
export function isJsonStringify(node: AnyNode): boolean {
  return (
    CALLS.has(node?.type) &&
    node.callee.type === 'MemberExpression' &&
    !node.callee.computed &&
    node.callee.object.type === 'Identifier' &&
    node.callee.object.name === 'JSON' &&
    node.callee.property.name === 'stringify'
  );
}

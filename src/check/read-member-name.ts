import type { Node } from '@babel/types';

export type MemberNode = Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }>;

/** Whether a node is `a.b`, `a?.b`, `a['b']` or `a?.['b']`. */
export function isMemberNode(node: Node): node is MemberNode {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

/** The static property name of a member expression (`a.b`, `a['b']`), or undefined when it is computed. */
export function readMemberName(node: MemberNode): string | undefined {
  const p = node.property;
  if (!node.computed && p.type === 'Identifier') return p.name;
  if (p.type === 'StringLiteral') return p.value;
  return undefined;
}

import type { AnyNode } from '../ast/types.ts';
import type { AnyPath } from './codemod-context.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';

/**
 * From a piece of a URL (literal, template, identifier) up to the whole URL expression: through string
 * concatenation (`BASE + '/sensei/cutout'`), template literals, `new URL(path, base)` (and its
 * `.toString()`/`.href`) and type assertions.
 */
export function climbUrlExpression(path: AnyPath): AnyPath {
  let current = skipWrappersUp(path);
  for (;;) {
    const parent = current.parent?.node;
    if (!parent) return current;
    if (parent.type === 'BinaryExpression' && parent.operator === '+')
      current = skipWrappersUp(current.parent);
    else if (parent.type === 'TemplateLiteral' && current.name !== 'quasis')
      current = skipWrappersUp(current.parent);
    else if (parent.type === 'NewExpression' && isUrlConstructor(parent.callee) && current.name !== 'callee')
      current = skipWrappersUp(current.parent);
    else if (isToString(current)) current = skipWrappersUp(current.parent.parent);
    else if (isHrefRead(current)) current = skipWrappersUp(current.parent);
    else return current;
  }
}

function isUrlConstructor(callee: AnyNode): boolean {
  return callee.type === 'Identifier' && callee.name === 'URL';
}

/** `new URL(…).toString()` / `.href`: still the same URL. */
function isToString(path: AnyPath): boolean {
  const member = path.parent?.node;
  if (path.node.type !== 'NewExpression' || !isUrlConstructor(path.node.callee)) return false;
  if (member?.type !== 'MemberExpression' || path.name !== 'object' || member.computed) return false;
  const call = path.parent.parent?.node;
  return member.property.name === 'toString' && call?.type === 'CallExpression' && call.callee === member;
}

function isHrefRead(path: AnyPath): boolean {
  const member = path.parent?.node;
  return (
    path.node.type === 'NewExpression' &&
    isUrlConstructor(path.node.callee) &&
    member?.type === 'MemberExpression' &&
    path.name === 'object' &&
    !member.computed &&
    member.property.name === 'href'
  );
}

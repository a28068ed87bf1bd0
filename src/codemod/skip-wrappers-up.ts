import type { ASTPath } from 'jscodeshift';

const WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'ParenthesizedExpression',
  'TypeCastExpression',
]);

/** The outermost path that is `path` wrapped in type assertions or parentheses (`(x as string)`). */
export function skipWrappersUp(path: ASTPath<any>): ASTPath<any> {
  let current = path;
  while (current.parent && WRAPPERS.has(current.parent.node.type)) current = current.parent;
  return current;
}

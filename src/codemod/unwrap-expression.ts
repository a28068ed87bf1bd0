import type { ASTPath } from 'jscodeshift';

const WRAPPERS = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'ParenthesizedExpression',
  'TypeCastExpression',
]);

/** Steps into type assertions and parentheses: `(x as T)!` → the path of `x`. */
export function unwrapExpression(path: ASTPath<any>): ASTPath<any> {
  let current = path;
  while (current.node && WRAPPERS.has(current.node.type)) current = current.get('expression');
  return current;
}

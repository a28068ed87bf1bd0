/** Nodes that keep an expression what it is: `(x)`, `x as T`, `x satisfies T`, `x!`, `<T>x`, Flow `(x: T)`. */
export const EXPRESSION_WRAPPERS: ReadonlySet<string> = new Set([
  'TSAsExpression',
  'TSSatisfiesExpression',
  'TSNonNullExpression',
  'TSTypeAssertion',
  'ParenthesizedExpression',
  'TypeCastExpression',
]);

import type { ASTPath } from 'jscodeshift';

const WRAPPERS: Record<string, string> = {
  ParenthesizedExpression: 'expression',
  TSAsExpression: 'expression',
  TSSatisfiesExpression: 'expression',
  TSNonNullExpression: 'expression',
  TSTypeAssertion: 'expression',
  TypeCastExpression: 'expression',
};

/** The path inside parentheses / TS casts (`(x as T)!` → `x`). */
export function unwrapExpression(path: ASTPath<any>): ASTPath<any> {
  let p = path;
  while (p?.node && WRAPPERS[p.node.type]) p = p.get(WRAPPERS[p.node.type]);
  return p;
}

import type { ASTPath } from 'jscodeshift';
import { EXPRESSION_WRAPPERS } from './expression-wrappers.ts';

/** Steps into type assertions and parentheses: `(x as T)!` → the path of `x`. */
export function unwrapExpression<P extends ASTPath>(path: P): P {
  let current = path;
  while (current.node && EXPRESSION_WRAPPERS.has(current.node.type)) current = current.get('expression');
  return current;
}

import type { ASTPath } from 'jscodeshift';
import { EXPRESSION_WRAPPERS } from './expression-wrappers.ts';

/** The outermost path that is `path` wrapped in type assertions or parentheses (`(x as string)`). */
export function skipWrappersUp<P extends ASTPath>(path: P): P {
  let current = path;
  while (current.parent && EXPRESSION_WRAPPERS.has(current.parent.node.type)) current = current.parent;
  return current;
}

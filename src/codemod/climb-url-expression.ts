import type { AnyPath } from './codemod-context.ts';
import { skipWrappersUp } from './skip-wrappers-up.ts';

/**
 * From a piece of a URL (literal, template, identifier) up to the whole URL expression: through string
 * concatenation (`BASE + '/sensei/cutout'`), template literals and type assertions.
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
    else return current;
  }
}

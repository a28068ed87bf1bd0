import type { AnyNode } from '../ast/types.ts';
import type { AnyPath } from './codemod-context.ts';

/** Test-framework calls whose first argument is a title. */
const TITLE_CALLS = new Set(['it', 'test', 'describe', 'suite', 'context', 'specify', 'bench']);
/** Objects whose methods print: console.log(…), logger.info(…). */
const LOGGERS = new Set(['console', 'logger', 'log', 'debug']);
const CALLS = new Set(['CallExpression', 'OptionalCallExpression', 'NewExpression']);

/**
 * Whether a string (literal or template, possibly inside a `+` concatenation) is prose rather than a request
 * URL: a test title (`it('POSTs to /sensei/cutout', …)`, also `it.only`, `test.each(…)(…)`), an argument of
 * a logging call (`console.log`, `logger.warn`) or an error message (`new Error(…)`). Such strings are not
 * sites: rewrite leaves them as they are and check reports them at info level (RB310).
 */
export function isProseString(path: AnyPath): boolean {
  let p = path;
  while (p.parent && p.parent.node.type === 'BinaryExpression' && p.parent.node.operator === '+')
    p = p.parent;
  if (p.parent?.node.type === 'TemplateLiteral') p = p.parent;
  const call = p.parent;
  if (!call || !CALLS.has(call.node.type) || !call.node.arguments?.includes(p.node)) return false;
  const callee = call.node.callee;
  if (call.node.type === 'NewExpression') return callee.type === 'Identifier' && /Error$/.test(callee.name);
  const root = rootName(callee);
  if (root && TITLE_CALLS.has(root) && call.node.arguments[0] === p.node) return true;
  return (
    callee.type === 'MemberExpression' &&
    callee.object.type === 'Identifier' &&
    LOGGERS.has(callee.object.name)
  );
}

/** `it`, `it.only`, `test.each(table)`, `describe.skip.each(…)` → the framework function's name. */
function rootName(callee: AnyNode): string | undefined {
  let n = callee;
  while (n) {
    if (n.type === 'Identifier') return n.name;
    if (n.type === 'MemberExpression') n = n.object;
    else if (n.type === 'CallExpression') n = n.callee;
    else return undefined;
  }
  return undefined;
}

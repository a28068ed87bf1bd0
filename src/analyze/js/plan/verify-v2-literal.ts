import type { AnyNode } from '../../ast/types.ts';
import { V2RequestSchema } from 'rb-migrate-runtime/mapping';
import type { CodemodContext } from '../codemod-context.ts';
import { getPropertyKey } from '../../ast/get-property-key.ts';
import { getStringValue } from '../../ast/get-string-value.ts';

/**
 * Self-verification of a rewrite: parses the emitted literal again, evaluates it (moved source texts stand
 * for the values the translator saw) and checks that it equals the translator's request, key order
 * included, and is valid against the V2 request schema. Returns the reason of a mismatch, or undefined.
 */
export function verifyV2Literal(
  ctx: CodemodContext,
  text: string,
  expected: unknown,
  valueOfText: ReadonlyMap<string, unknown>,
): string | undefined {
  let program: AnyNode;
  const wrapped = `(${text});`;
  try {
    const tree = ctx.parse(wrapped);
    program = tree.type === 'File' ? tree.program : undefined;
  } catch (error) {
    return `emitted literal does not parse: ${(error as Error).message}`;
  }
  let expression = program.body[0]?.expression;
  while (expression?.type === 'ParenthesizedExpression') expression = expression.expression;
  if (expression?.type !== 'ObjectExpression') return 'emitted text is not an object literal';
  let evaluated: unknown;
  try {
    evaluated = evaluate(expression, wrapped, valueOfText);
  } catch (error) {
    return (error as Error).message;
  }
  if (JSON.stringify(evaluated) !== JSON.stringify(expected))
    return 'emitted literal differs from the translator output';
  const checked = V2RequestSchema.safeParse(evaluated);
  if (!checked.success)
    return `emitted literal is not a valid V2 request: ${checked.error.issues[0]?.message ?? ''}`;
  return undefined;
}

function evaluate(node: AnyNode, source: string, valueOfText: ReadonlyMap<string, unknown>): unknown {
  if (node.type === 'ObjectExpression') {
    const out: Record<string, unknown> = {};
    for (const prop of node.properties) {
      const key = getPropertyKey(prop);
      if (key === undefined) throw new Error('emitted literal has a computed or spread member');
      out[key] = evaluate(prop.value, source, valueOfText);
    }
    return out;
  }
  const s = getStringValue(node);
  if (s !== undefined && !valueOfText.has(source.slice(node.start, node.end))) return s;
  if (node.type === 'NumericLiteral' || node.type === 'BooleanLiteral') return node.value;
  if (node.type === 'NullLiteral') return null;
  const text = source.slice(node.start, node.end);
  const paren = node.extra?.parenthesized ? `(${text})` : text;
  if (valueOfText.has(paren)) return valueOfText.get(paren);
  if (valueOfText.has(text)) return valueOfText.get(text);
  throw new Error(`emitted literal holds an expression the translator did not see: ${text}`);
}

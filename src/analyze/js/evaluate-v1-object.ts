import type { AnyNode } from '../ast/types.ts';
import { MAPPING_BY_PATH, V1_CONTAINERS } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findBinding } from '../ast/find-binding.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import { getStringValue } from '../ast/get-string-value.ts';
import { makePlaceholder } from './plan/make-placeholder.ts';
import { unwrapExpression } from '../ast/unwrap-expression.ts';

/** One leaf of a V1 payload literal. */
export interface V1Leaf {
  /** Dotted V1 path. */
  path: string;
  /** The source text that yields the value at request time (moved verbatim when the value moves). */
  text: string;
  /** Known value (from a literal); undefined when `dynamic`. */
  value?: unknown;
  dynamic: boolean;
  /** Comments attached to the leaf's property (source text). */
  comments: string[];
  /** Offset of the property holding the leaf (for diagnostics placement). */
  node: AnyNode;
}

export interface EvaluatedPayload {
  /** The payload as a JS value; dynamic leaves hold a unique placeholder string. */
  value: Record<string, unknown>;
  leaves: V1Leaf[];
  /** Comments of container properties (`input`, `output`, …) by V1 path. */
  containerComments: Map<string, string[]>;
  /** Why the payload cannot be evaluated statically (spread, computed key, unresolvable container). */
  problem?: { code: 'RB201' | 'RB207'; sourceText: string; path?: string };
}

/**
 * Turns a V1 payload object literal into a value for the translator: literal leaves become their values,
 * anything else a placeholder (with its source text kept for the rewrite). Containers (`input`, `output`,
 * …, read from the mapping) may be nested literals or variables holding literals; their leaves are then
 * read through the variable (`input.href`).
 */
export function evaluateV1Object(ctx: CodemodContext, object: AnyPath): EvaluatedPayload {
  const result: EvaluatedPayload = { value: {}, leaves: [], containerComments: new Map() };
  walk(ctx, object, '', undefined, result.value, result, 0);
  return result;
}

function commentTexts(ctx: CodemodContext, ...nodes: AnyNode[]): string[] {
  const texts: string[] = [];
  for (const node of nodes) {
    const all = [
      ...(node?.leadingComments ?? []),
      ...(node?.trailingComments ?? []),
      ...(node?.comments ?? []),
    ];
    for (const c of all) {
      const text = ctx.source.slice(c.start, c.end);
      if (!texts.includes(text)) texts.push(text);
    }
  }
  return texts;
}

function walk(
  ctx: CodemodContext,
  object: AnyPath,
  prefix: string,
  access: string | undefined,
  target: Record<string, unknown>,
  result: EvaluatedPayload,
  depth: number,
): void {
  const props: AnyPath[] = object.get('properties').map((p: AnyPath) => p);
  for (const prop of props) {
    if (result.problem) return;
    const node = prop.node;
    const key = getPropertyKey(node);
    if (
      key === undefined ||
      node.type === 'ObjectMethod' ||
      node.kind === 'get' ||
      node.kind === 'set' ||
      node.method
    ) {
      result.problem = { code: 'RB201', sourceText: ctx.source.slice(node.start, node.end) };
      return;
    }
    const path = prefix ? `${prefix}.${key}` : key;
    const valuePath = unwrapExpression(prop.get('value'));
    const valueNode = valuePath.node;
    const keyAccess =
      access === undefined
        ? undefined
        : `${access}${/^[A-Za-z_$][\w$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`}`;
    if (V1_CONTAINERS.has(path)) {
      result.containerComments.set(path, commentTexts(ctx, node));
      const child: Record<string, unknown> = {};
      target[key] = child;
      if (valueNode.type === 'ObjectExpression') {
        walk(ctx, valuePath, path, keyAccess, child, result, depth);
        continue;
      }
      const held = depth < 3 ? resolveHeldObject(valuePath) : undefined;
      if (held) {
        walk(ctx, held, path, ctx.source.slice(valueNode.start, valueNode.end), child, result, depth + 1);
        continue;
      }
      const row = [...MAPPING_BY_PATH.keys()].some((p) => p.startsWith(`${path}.`));
      result.problem = {
        code: row ? 'RB207' : 'RB201',
        sourceText: ctx.source.slice(valueNode.start, valueNode.end),
        path,
      };
      return;
    }
    const text = keyAccess ?? sourceOf(ctx, prop.get('value'));
    const known = staticValue(valueNode);
    const comments = commentTexts(ctx, node, node.value === valueNode ? undefined : node.value).concat(
      commentTexts(ctx, valueNode).filter((c) => !text.includes(c)),
    );
    if (known.ok) {
      target[key] = known.value;
      result.leaves.push({ path, text, value: known.value, dynamic: false, comments, node });
    } else {
      const placeholder = makePlaceholder();
      target[key] = placeholder;
      result.leaves.push({ path, text, value: placeholder, dynamic: true, comments, node });
    }
  }
}

/** Source text of an expression, with its parentheses when it had any. */
function sourceOf(ctx: CodemodContext, path: AnyPath): string {
  const node = path.node;
  const text = ctx.source.slice(node.start, node.end);
  if (node.extra?.parenthesized) return `(${text})`;
  return text;
}

function staticValue(node: AnyNode): { ok: true; value: unknown } | { ok: false } {
  const s = getStringValue(node);
  if (s !== undefined) return { ok: true, value: s };
  if (node.type === 'NumericLiteral' || (node.type === 'Literal' && typeof node.value === 'number'))
    return { ok: true, value: node.value };
  if (node.type === 'BooleanLiteral' || (node.type === 'Literal' && typeof node.value === 'boolean'))
    return { ok: true, value: node.value };
  if (node.type === 'NullLiteral' || (node.type === 'Literal' && node.value === null && !node.regex))
    return { ok: true, value: null };
  return { ok: false };
}

/** `input` in `{ input, output }` → the object literal the variable was initialised with (const, or let never reassigned). */
function resolveHeldObject(path: AnyPath): AnyPath | undefined {
  if (path.node.type !== 'Identifier') return undefined;
  const binding = findBinding(path, path.node.name);
  const declarator = binding?.declaration.parent;
  if (
    declarator?.node.type !== 'VariableDeclarator' ||
    binding?.declaration.name !== 'id' ||
    !declarator.node.init
  )
    return undefined;
  const kind = declarator.parent?.node.kind;
  if (kind !== 'const') return undefined;
  const init = unwrapExpression(declarator.get('init'));
  return init.node.type === 'ObjectExpression' ? init : undefined;
}

import type { AnyNode } from '../ast/types.ts';
import { MAPPING_BY_PATH, V1_CONTAINERS } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findBinding } from '../ast/find-binding.ts';
import { isJsonStringify } from './is-json-stringify.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findReferences } from '../ast/find-references.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';
import { unwrapExpression } from '../ast/unwrap-expression.ts';

/** `body.output.href = x;` after the payload was created. */
export interface PayloadMutation {
  /** Dotted V1 path assigned. */
  path: string;
  /** The assigned value. */
  value: AnyPath;
  /** The `body.output.href` member expression. */
  target: AnyPath;
  /** The root identifier of the target (`body`). */
  root: AnyPath;
  statement: AnyPath;
}

export type PayloadSite =
  | {
      ok: true;
      object: AnyPath;
      mutations: PayloadMutation[];
      key: string;
      /** For a literal returned by a local helper: how many times the helper is referenced in the file. */
      helperReferences?: number;
      /** For a literal held in a variable: how many reads use the whole value (requests, other calls). */
      valueReferences?: number;
    }
  | { ok: false; code: 'RB201' | 'RB207'; sourceText: string; at: AnyPath };

const CALLS = new Set(['CallExpression', 'OptionalCallExpression']);

/**
 * From the body expression of a request to the object literal that holds the V1 payload: through
 * `JSON.stringify(…)`, variables (`const body = {…}`, `let body = {…}; body = JSON.stringify(body)`), mutations
 * after creation (`body.output.href = y`) and local helpers whose single `return` is the literal.
 * Anything else (parameters, spreads of unknown objects, reassignments, other reads of the variable) is
 * reported as a dynamic payload.
 */
export function resolvePayloadSite(ctx: CodemodContext, bodyExpr: AnyPath, depth = 0): PayloadSite {
  const fail = (at: AnyPath): PayloadSite => ({
    ok: false,
    code: 'RB201',
    sourceText: ctx.source.slice(at.node.start, at.node.end),
    at,
  });
  if (depth > 4) return fail(bodyExpr);
  const expr = unwrapExpression(bodyExpr);
  const node = expr.node;
  if (node.type === 'ObjectExpression')
    return { ok: true, object: expr, mutations: [], key: String(node.start) };
  if (isJsonStringify(node) && node.arguments.length >= 1)
    return resolvePayloadSite(ctx, expr.get('arguments', 0), depth + 1);
  if (CALLS.has(node.type) && node.callee.type === 'Identifier') {
    const helper = findHelperReturn(expr, node.callee.name);
    if (helper) {
      const site = resolvePayloadSite(ctx, helper, depth + 1);
      const binding = findBinding(expr, node.callee.name);
      const references = binding ? findReferences(ctx, binding, node.callee.name).length : Infinity;
      return site.ok ? { ...site, helperReferences: references } : site;
    }
    return fail(expr);
  }
  if (node.type !== 'Identifier') return fail(expr);

  const name = node.name;
  const binding = findBinding(expr, name);
  const declarator = binding?.declaration.parent;
  if (
    !binding ||
    declarator?.node.type !== 'VariableDeclarator' ||
    binding.declaration.name !== 'id' ||
    !declarator.node.init
  )
    return fail(expr);
  const init = unwrapExpression(declarator.get('init'));
  let objectSite: PayloadSite;
  if (init.node.type === 'ObjectExpression')
    objectSite = { ok: true, object: init, mutations: [], key: String(init.node.start) };
  else objectSite = resolvePayloadSite(ctx, init, depth + 1);
  if (!objectSite.ok) return objectSite;

  // Every other read of the variable must be harmless: JSON.stringify(body), `body = JSON.stringify(body)`,
  // a mutation of a mapped field, or another request use (the caller checks those).
  const mutations: PayloadMutation[] = [];
  let valueReferences = 1;
  for (const ref of findReferences(ctx, binding, name)) {
    if (ref.node === node) continue;
    const up = skipWrappersUp(ref);
    const parent = up.parent?.node;
    if (!parent) return fail(ref);
    if (isJsonStringify(parent) && up.name === 0) {
      const outer = skipWrappersUp(up.parent);
      const op = outer.parent?.node;
      // `body = JSON.stringify(body)` re-labels the same value; anything else uses the whole value.
      if (op?.type === 'AssignmentExpression' && op.left.type === 'Identifier' && op.left.name === name)
        continue;
      if (!isConsoleArgument(outer)) valueReferences++;
      continue;
    }
    if (parent.type === 'AssignmentExpression' && up.name === 'left') {
      const right = unwrapExpression(up.parent.get('right'));
      if (
        isJsonStringify(right.node) &&
        right.node.arguments[0]?.type === 'Identifier' &&
        right.node.arguments[0].name === name
      )
        continue;
      return fail(up.parent);
    }
    const mutation = readMutation(ref);
    if (mutation === 'not-a-mutation') {
      // Any other use of the whole variable (e.g. posted again elsewhere) is checked by the caller when it is a
      // request; reads of single fields (`body.input.href`) would break after the rewrite.
      if (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression')
        return fail(findStatementExpr(ref));
      if (!isConsoleArgument(up)) valueReferences++;
      continue;
    }
    if (!mutation) return fail(findStatementExpr(ref));
    mutations.push(mutation);
  }
  return {
    ...objectSite,
    mutations: [...objectSite.mutations, ...mutations],
    valueReferences: Math.max(valueReferences, objectSite.valueReferences ?? 0),
  };
}

/** `console.log(body)`: printing the value does not depend on its shape. */
function isConsoleArgument(path: AnyPath): boolean {
  const call = path.parent?.node;
  return (
    CALLS.has(call?.type) &&
    path.name !== 'callee' &&
    call.callee.type === 'MemberExpression' &&
    call.callee.object.type === 'Identifier' &&
    call.callee.object.name === 'console'
  );
}

function findStatementExpr(ref: AnyPath): AnyPath {
  const statement = findEnclosingStatement(ref);
  return statement.node.type === 'ExpressionStatement' ? statement.get('expression') : statement;
}

/** `body.a.b = v` as a statement → the mutation; a plain read → 'not-a-mutation'; anything else → undefined. */
function readMutation(ref: AnyPath): PayloadMutation | 'not-a-mutation' | undefined {
  const segments: string[] = [];
  let current = ref;
  while (current.parent && current.name === 'object' && current.parent.node.type === 'MemberExpression') {
    const member = current.parent.node;
    const key = member.computed ? stringKey(member.property) : member.property.name;
    if (key === undefined) return undefined;
    segments.push(key);
    current = current.parent;
  }
  if (segments.length === 0) return 'not-a-mutation';
  const assignment = current.parent;
  if (assignment?.node.type !== 'AssignmentExpression' || current.name !== 'left') return undefined;
  if (assignment.node.operator !== '=' || assignment.parent?.node.type !== 'ExpressionStatement')
    return undefined;
  const path = segments.join('.');
  if (!MAPPING_BY_PATH.has(path) || V1_CONTAINERS.has(path)) return undefined;
  return { path, value: assignment.get('right'), target: current, root: ref, statement: assignment.parent };
}

function stringKey(node: AnyNode): string | undefined {
  if (node.type === 'StringLiteral' || (node.type === 'Literal' && typeof node.value === 'string'))
    return node.value;
  return undefined;
}

/** A local function whose body is a single `return <expr>` (or an arrow with an expression body). */
function findHelperReturn(call: AnyPath, name: string): AnyPath | undefined {
  const binding = findBinding(call, name);
  if (!binding) return undefined;
  const decl = binding.declaration.parent;
  let fn: AnyPath | undefined;
  if (decl?.node.type === 'FunctionDeclaration' && binding.declaration.name === 'id') fn = decl;
  else if (decl?.node.type === 'VariableDeclarator' && decl.node.init) {
    const init = unwrapExpression(decl.get('init'));
    if (init.node.type === 'ArrowFunctionExpression' || init.node.type === 'FunctionExpression') fn = init;
  }
  if (!fn) return undefined;
  const body = fn.get('body');
  if (body.node.type !== 'BlockStatement') return body;
  const returns = body.node.body.filter((s: AnyNode) => s.type === 'ReturnStatement');
  if (returns.length !== 1 || !returns[0].argument) return undefined;
  const index = body.node.body.indexOf(returns[0]);
  return body.get('body', index, 'argument');
}

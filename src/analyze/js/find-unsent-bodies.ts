import type { AnyNode } from '../ast/types.ts';
import { V1_SHAPE_PATHS } from '../v1-shape-paths.ts';
import { RUNTIME_TRANSLATION_FUNCTION, TRANSLATE_MODULES, V1_BODY_CALLS } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext, TodoRequest } from './codemod-context.ts';
import { findRuntimeImports } from './find-runtime-imports.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findPaths } from '../ast/find-paths.ts';
import { getPropertyKey } from '../ast/get-property-key.ts';
import type { MigrationEdit } from './types.ts';
import { skipWrappersUp } from '../ast/skip-wrappers-up.ts';

/**
 * Object literals with the V1 request shape (V1_SHAPE_PATHS: `input.href` and `output.href`, written inline)
 * that no request of the file sends (`sent`: the bodies the endpoint sites resolved), no planned edit
 * touches and no TODO speaks for: built and never sent in this project, or sent where rewrite cannot follow. Not rewritten (there
 * is no URL to change with them), reported by check (RB302, needing a human).
 */
export function findUnsentBodies(
  ctx: CodemodContext,
  sent: ReadonlySet<number>,
  edits: readonly MigrationEdit[],
  todos: readonly TodoRequest[],
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  // a file translating bodies where they are sent (toV2Request) holds its V1 bodies on purpose
  if (
    edits.some((e) => e.kind === 'runtime-translation') ||
    findRuntimeImports(ctx.root, TRANSLATE_MODULES).has(RUNTIME_TRANSLATION_FUNCTION)
  )
    return found;
  findPaths(ctx.root, 'ObjectExpression', (node: AnyNode) =>
    V1_SHAPE_PATHS.every((path) => hasPath(node, path)),
  ).forEach((p: AnyPath) => {
    const { start, end } = p.node as { start: number; end: number };
    if (sent.has(start) || isV1BodyCallArgument(p)) return;
    if (edits.some((e) => e.kind !== 'todo' && e.start < end && start < e.end)) return;
    // a body a TODO already speaks for (RB207 above its declaration, RB201 above the request sending it)
    const statement = findEnclosingStatement(p).node.start as number;
    const above = (at: number) => at < statement && LEADING.test(ctx.source.slice(at, statement));
    if (
      todos.some(
        (t) => (statement <= t.statementStart && t.statementStart <= start) || above(t.statementStart),
      )
    )
      return;
    if (found.some((f) => f.start <= start && end <= f.end)) return;
    found.push({ start, end });
  });
  return found;
}

/** The object is an argument of `client.runV1(…)` or `toV2(…)` (V1_BODY_CALLS): a V1 body on purpose. */
function isV1BodyCallArgument(path: AnyPath): boolean {
  const current: AnyNode = skipWrappersUp(path);
  const call = current.parent?.node;
  if (!call || (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression')) return false;
  if (!call.arguments.includes(current.node)) return false;
  const callee = call.callee;
  const name =
    callee.type === 'Identifier'
      ? callee.name
      : (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed
        ? callee.property.name
        : undefined;
  return name !== undefined && V1_BODY_CALLS.includes(name);
}

/** Only comments and blanks: a TODO placed at a statement's leading comment is that statement's. */
const LEADING = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*$/;

function hasPath(node: AnyNode, path: readonly string[]): boolean {
  let current = node;
  for (const key of path) {
    if (current?.type !== 'ObjectExpression') return false;
    const property = current.properties.find((p: AnyNode) => getPropertyKey(p) === key);
    if (!property) return false;
    current = property.value;
  }
  return true;
}

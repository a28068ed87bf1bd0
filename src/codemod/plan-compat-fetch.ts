import { RUNTIME_MODULE } from '../spec/sdks.ts';
import type { AnyPath, CodemodContext, TodoRequest } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import { describeTodo } from './describe-todo.ts';
import type { EndpointLiteral } from './find-endpoint-literals.ts';
import { findEnclosingStatement } from './find-enclosing-statement.ts';
import { findPaths } from './find-paths.ts';
import { findRequestCall } from './find-request-call.ts';
import { importsFromModule, planModuleImport } from './plan-module-import.ts';
import type { EndpointSite } from './plan-endpoint-site.ts';
import type { CompatCall, MigrationEdit } from './types.ts';

const V1_HOST = /^[`'"]?https?:\/\/image\.adobe\.io[/`'"]/;

/**
 * `rewrite --strategy compat`: the V1 requests the analysis found (the same sites the native planner would
 * rewrite) keep their V1 URL, body and `_links` reads; only `fetch(` becomes `v1Fetch(` on the submit and on
 * its status poll, with one `v1Fetch` import from rb-migrate/runtime. A submit whose URL is not written with
 * the literal V1 host gets an RB244 TODO (v1Fetch only treats image.adobe.io or configured v1Hosts as V1).
 * Requests made with something other than `fetch` (axios, wrappers) are left to the native planner.
 */
export function planCompatFetch(
  ctx: CodemodContext,
  sites: readonly EndpointSite[],
  statusUrls: readonly EndpointLiteral[],
  routed: CompatCall[] = [],
): {
  edits: MigrationEdit[];
  todos: TodoRequest[];
  handled: Set<EndpointSite | EndpointLiteral>;
  calls: CompatCall[];
} {
  const edits: MigrationEdit[] = [];
  const todos: TodoRequest[] = [];
  const handled = new Set<EndpointSite | EndpointLiteral>();
  const rename = (call: AnyPath) => {
    const callee = call.node.callee;
    edits.push({ start: callee.start, end: callee.end, text: 'v1Fetch', kind: 'compat' });
  };
  for (const site of sites) {
    const calls = site.uses.map((use) => findRequestCall(ctx, use)?.call);
    if (calls.length === 0 || !calls.every((c) => c && isCall(c, 'fetch'))) continue;
    handled.add(site);
    for (const call of calls) rename(call!);
    if (!V1_HOST.test(site.label))
      todos.push({
        statementStart: findEnclosingStatement(calls[0]!).node.start,
        code: 'RB244',
        message: describeTodo('RB244', { sourceText: site.label }),
      });
  }
  if (handled.size === 0) return { edits, todos, handled, calls: routed };
  for (const literal of statusUrls) {
    const call = findRequestCall(ctx, climbUrlExpression(literal.path))?.call;
    if (!call || !isCall(call, 'fetch')) continue;
    handled.add(literal);
    rename(call);
  }
  // The status poll of a submitted job: `fetch(job._links.self.href)` or `fetch(statusUrl)` where
  // `statusUrl` was read from `_links`.
  findPaths(
    ctx.root,
    'CallExpression',
    (n: any) => n.callee?.type === 'Identifier' && n.callee.name === 'fetch',
  ).forEach((call: AnyPath) => {
    const arg = call.node.arguments[0];
    if (!arg || edits.some((e) => e.start === call.node.callee.start)) return;
    if (readsLinks(ctx, arg)) rename(call);
  });
  if (!importsV1Fetch(ctx)) edits.push(planModuleImport(ctx, 'v1Fetch', RUNTIME_MODULE, 'compat-import'));
  return { edits, todos, handled, calls: routed };
}

function isCall(call: AnyPath, name: string): boolean {
  return (
    call.node.type === 'CallExpression' &&
    call.node.callee?.type === 'Identifier' &&
    call.node.callee.name === name
  );
}

function readsLinks(ctx: CodemodContext, arg: any): boolean {
  const text = ctx.source.slice(arg.start, arg.end);
  if (/\b_links\b/.test(text)) return true;
  if (arg.type !== 'Identifier') return false;
  let found = false;
  findPaths(
    ctx.root,
    'VariableDeclarator',
    (n: any) => n.id?.type === 'Identifier' && n.id.name === arg.name,
  ).forEach((d: AnyPath) => {
    const init = d.node.init;
    if (init && /\b_links\b/.test(ctx.source.slice(init.start, init.end))) found = true;
  });
  return found;
}

/** Whether the file already imports (or requires) `v1Fetch` from rb-migrate/runtime. */
export function importsV1Fetch(ctx: CodemodContext): boolean {
  return importsFromModule(ctx, 'v1Fetch', RUNTIME_MODULE);
}

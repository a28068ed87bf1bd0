import type { AnyNode } from '../../ast/types.ts';
import { API_HOST } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext, TodoRequest } from '../codemod-context.ts';
import { climbUrlExpression } from '../climb-url-expression.ts';
import { describeTodo } from './describe-todo.ts';
import type { EndpointLiteral } from '../find-endpoint-literals.ts';
import { findAxiosConfig, type AxiosConfig } from '../find-axios-config.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { findPaths } from '../../ast/find-paths.ts';
import { findRequestCall } from '../find-request-call.ts';
import { planAxiosAdapter } from './plan-axios-adapter.ts';
import { planCompatLosses } from './plan-compat-losses.ts';
import { planRuntimeImport } from './plan-runtime-import.ts';
import type { EndpointSite } from './plan-endpoint-site.ts';
import { readsStatusLink } from '../reads-status-link.ts';
import type { CompatCall, MigrationEdit } from '../types.ts';

/** A URL written with a literal host: `'https://host/…'`, `` `https://host/…` ``. */
const LITERAL_HOST = /^[`'"]?https?:\/\/([^/`'"$?#]+)/;

/**
 * `rewrite --strategy compat`: the V1 requests the analysis found (the same sites the native planner would
 * rewrite) keep their V1 URL, body and `_links` reads, and go through the compatibility layer of
 * rb-migrate/runtime instead: `fetch(` becomes `v1Fetch(` on the submit and its status poll; an axios request
 * gets `adapter: v1AxiosAdapter` in the config of its instance (`X.create({...})`) or of the request itself.
 * All or nothing per site (every request made with its URL), one import per file. A URL whose literal host
 * is not image.adobe.io gets RB244 (v1Fetch passes it through unless RB_MIGRATE_V1_HOSTS lists it); a host
 * read at run time needs nothing (v1Fetch reports an undeclared host at run time, RB246). Losses the
 * translator reports for a statically known body are TODOs (planCompatLosses). Requests made with
 * something else (wrappers, shared instances) are left to the native planner.
 */
export function planCompatRequests(
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
  const names = new Set<string>();
  const configs = new Map<unknown, AxiosConfig>();
  const rename = (call: AnyPath) => {
    const callee = call.node.callee;
    if (edits.some((e) => e.start === callee.start)) return;
    edits.push({ start: callee.start, end: callee.end, text: 'v1Fetch', kind: 'compat' });
    names.add('v1Fetch');
  };
  const adapt = (config: AxiosConfig) => {
    const key = config.object ?? config.call;
    if (configs.has(key)) return;
    configs.set(key, config);
    if (config.adapter === undefined) edits.push(planAxiosAdapter(ctx, config));
    names.add('v1AxiosAdapter');
  };
  for (const site of sites) {
    const requests = site.uses.map((use) => findRequestCall(ctx, use));
    const calls = requests.map((r) => r?.call);
    if (calls.length === 0 || !calls.every(Boolean)) continue;
    if (calls.every((c) => isCall(c!, 'fetch'))) calls.forEach((c) => rename(c!));
    else {
      const found = calls.map((c) => findAxiosConfig(ctx, c!));
      // A config that names another adapter chose its own transport: left to the native planner.
      if (!found.every((c) => c && (c.adapter === undefined || c.adapter === 'v1AxiosAdapter'))) continue;
      found.forEach((c) => adapt(c!));
    }
    handled.add(site);
    const statement = findEnclosingStatement(calls[0]!).node.start;
    const host = LITERAL_HOST.exec(site.label)?.[1];
    if (host !== undefined && host !== API_HOST)
      todos.push({
        statementStart: statement,
        code: 'RB244',
        message: describeTodo('RB244', { sourceText: host }),
      });
    requests.forEach((r, i) =>
      todos.push(...planCompatLosses(ctx, site.useEndpoints?.[i] ?? site.endpoint, r!)),
    );
  }
  if (handled.size === 0) return { edits, todos, handled, calls: routed };
  for (const literal of statusUrls) {
    const call = findRequestCall(ctx, climbUrlExpression(literal.path))?.call;
    if (!call) continue;
    if (isCall(call, 'fetch')) rename(call);
    else {
      const config = findAxiosConfig(ctx, call);
      if (!config || (config.adapter !== undefined && config.adapter !== 'v1AxiosAdapter')) continue;
      adapt(config);
    }
    handled.add(literal);
  }
  // The status poll of a submitted job: `fetch(job._links.self.href)`, `api.get(statusUrl)` where
  // `statusUrl` was read from `_links`.
  findPaths(ctx.root, 'CallExpression', (n: AnyNode) => n.arguments.length > 0).forEach((call: AnyPath) => {
    if (!readsStatusLink(ctx, call.node.arguments[0])) return;
    if (isCall(call, 'fetch')) return rename(call);
    if (configs.size === 0) return;
    const config = findAxiosConfig(ctx, call);
    if (config && config.adapter === undefined) adapt(config);
  });
  const imported = planRuntimeImport(ctx, [...names]);
  if (imported) edits.push(imported);
  return { edits, todos, handled, calls: routed };
}

function isCall(call: AnyPath, name: string): boolean {
  return (
    call.node.type === 'CallExpression' &&
    call.node.callee?.type === 'Identifier' &&
    call.node.callee.name === name
  );
}

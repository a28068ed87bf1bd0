import type { AnyNode } from '../ast/types.ts';
import type { CodemodContext } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import type { EndpointLiteral } from './find-endpoint-literals.ts';
import { findRequestCall } from './find-request-call.ts';
import { findAxiosConfig } from './find-axios-config.ts';
import { findRuntimeImports } from './find-runtime-imports.ts';
import type { EndpointSite } from './plan/plan-endpoint-site.ts';
import type { TodoRequest } from './codemod-context.ts';
import type { CompatCall, MigrationEdit } from './types.ts';

/**
 * The V1 requests of a file that sends them with `v1Fetch` from rb-migrate-runtime, or with axios configured
 * with its `v1AxiosAdapter` (a compat rewrite): they run through the compatibility layer, so they are
 * reported (RB245, info) and not planned.
 */
export function findCompatSites(
  ctx: CodemodContext,
  sites: readonly EndpointSite[],
  statusUrls: readonly EndpointLiteral[],
): {
  edits: MigrationEdit[];
  todos: TodoRequest[];
  handled: Set<EndpointSite | EndpointLiteral>;
  calls: CompatCall[];
} {
  const handled = new Set<EndpointSite | EndpointLiteral>();
  const calls: CompatCall[] = [];
  const payloads = new Map<unknown, AnyNode>();
  const span = (n: AnyNode) => ({ start: n.start, end: n.end });
  const imported = findRuntimeImports(ctx.root);
  if (!imported.has('v1Fetch') && !imported.has('v1AxiosAdapter'))
    return { edits: [], todos: [], handled, calls };
  const viaV1Fetch = (use: AnyNode) => {
    const request = findRequestCall(ctx, use);
    const call = request?.call;
    if (!call || call.node.type !== 'CallExpression') return undefined;
    if (request?.payload) payloads.set(call.node, request.payload.node);
    const callee = call.node.callee;
    if (callee?.type === 'Identifier' && callee.name === 'v1Fetch' && imported.has('v1Fetch')) return call;
    if (!imported.has('v1AxiosAdapter')) return undefined;
    return findAxiosConfig(ctx, call)?.adapter === 'v1AxiosAdapter' ? call : undefined;
  };
  for (const site of sites) {
    const found = site.uses.map(viaV1Fetch);
    if (found.length === 0 || !found.every(Boolean)) continue;
    handled.add(site);
    for (const call of found)
      calls.push({
        ...span(call!.node),
        value: site.label,
        covers: [
          ...site.urlEdits.map(span),
          ...(payloads.has(call!.node) ? [span(payloads.get(call!.node))] : []),
        ],
      });
  }
  for (const literal of statusUrls) {
    const call = viaV1Fetch(climbUrlExpression(literal.path));
    if (!call) continue;
    handled.add(literal);
    calls.push({
      ...span(call.node),
      value: ctx.source.slice(literal.path.node.start, literal.path.node.end),
      covers: [span(literal.path.node)],
    });
  }
  return { edits: [], todos: [], handled, calls };
}

import type { CodemodContext } from './codemod-context.ts';
import { climbUrlExpression } from './climb-url-expression.ts';
import type { EndpointLiteral } from './find-endpoint-literals.ts';
import { findRequestCall } from './find-request-call.ts';
import { importsV1Fetch } from './plan-compat-fetch.ts';
import type { EndpointSite } from './plan-endpoint-site.ts';
import type { TodoRequest } from './codemod-context.ts';
import type { CompatCall, MigrationEdit } from './types.ts';

/**
 * The V1 requests of a file that imports `v1Fetch` from rb-migrate/runtime and sends them with it (a compat
 * rewrite): they run through the compatibility layer, so they are reported (RB245, info) and not planned.
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
  const payloads = new Map<any, any>();
  const span = (n: any) => ({ start: n.start, end: n.end });
  if (!importsV1Fetch(ctx)) return { edits: [], todos: [], handled, calls };
  const viaV1Fetch = (use: any) => {
    const request = findRequestCall(ctx, use);
    const call = request?.call;
    if (request?.payload) payloads.set(call!.node, request.payload.node);
    return call?.node.type === 'CallExpression' &&
      call.node.callee?.type === 'Identifier' &&
      call.node.callee.name === 'v1Fetch'
      ? call
      : undefined;
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

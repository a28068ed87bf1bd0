import type { AnyPath, CodemodContext, Plan } from '../codemod-context.ts';
import { collectPayloadEndpoints } from '../collect-payload-endpoints.ts';
import { describeTodo } from './describe-todo.ts';
import { planEndpointSite, type EndpointPlan, type EndpointSite } from './plan-endpoint-site.ts';

/**
 * Plans every endpoint site of a file. A payload literal sent by a site that stays V1 must stay V1 for
 * every other site too (else a V2 body would reach a V1 URL): such payloads are blocked and the sites
 * re-planned until nothing changes. A planner crash leaves its site unchanged with an RB206 TODO.
 */
export function planEndpointSites(
  ctx: CodemodContext,
  sites: readonly EndpointSite[],
): {
  plan: Plan;
  rewrittenCalls: AnyPath[];
  allApplied: boolean;
  shared: { key: string; applied: boolean }[];
  /** Start offsets of every body object literal a request of the file sends. */
  sent: Set<number>;
} {
  const payloadEndpoints = collectPayloadEndpoints(ctx, sites);
  const blocked = new Set<string>();
  const planOne = (site: EndpointSite): EndpointPlan => {
    try {
      return planEndpointSite(ctx, site, payloadEndpoints, blocked);
    } catch (error) {
      const statementStart = site.uses[0]?.node.start ?? site.urlEdits[0]?.start ?? 0;
      const message = describeTodo('RB206', { sourceText: String(error) });
      return {
        applied: false,
        plan: { edits: [], todos: [{ statementStart, code: 'RB206', message }] },
        rewrittenCalls: [],
        payloadKeys: [],
      };
    }
  };
  // A site that failed keeps its own reasons; only sites that were going to be applied are planned again.
  const planned = sites.map(planOne);
  for (let round = 0; round < 8; round++) {
    const before = blocked.size;
    for (const p of planned) if (!p.applied) p.payloadKeys.forEach((k) => blocked.add(k));
    if (blocked.size === before) break;
    planned.forEach((p, i) => {
      if (p.applied && p.payloadKeys.some((k) => blocked.has(k))) planned[i] = planOne(sites[i]!);
    });
  }
  return {
    plan: { edits: planned.flatMap((p) => p.plan.edits), todos: planned.flatMap((p) => p.plan.todos) },
    rewrittenCalls: planned.flatMap((p) => p.rewrittenCalls),
    allApplied: planned.every((p) => p.applied),
    sent: new Set(planned.flatMap((p) => p.bodies ?? [])),
    shared: sites.flatMap((s, i) =>
      s.sharedKey ? [{ key: s.sharedKey, applied: planned[i]!.applied }] : [],
    ),
  };
}

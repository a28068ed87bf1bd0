import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { CodemodContext } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { holdSharedUrl } from './hold-shared-url.ts';
import { planEndpointUse } from './plan-endpoint-use.ts';
import type { EndpointDraft, EndpointPlan, EndpointSite } from './endpoint-site.ts';

export type { EndpointPlan, EndpointSite } from './endpoint-site.ts';

/**
 * All or nothing for one endpoint: the URL is switched only when every request made with it has a payload
 * that was rewritten (and verified). Otherwise nothing changes and each blocking site gets a coded TODO,
 * so V1 bodies are never sent to V2 (or V2 bodies to V1).
 */
export function planEndpointSite(
  ctx: CodemodContext,
  site: EndpointSite,
  payloadEndpoints: ReadonlyMap<string, readonly V1Endpoint[]> = new Map(),
  blocked: ReadonlySet<string> = new Set(),
): EndpointPlan {
  const draft: EndpointDraft = {
    ctx,
    edits: [...site.urlEdits],
    todos: [],
    failures: [],
    calls: [],
    payloadKeys: [],
    bodies: [],
    seen: new Set(),
    atRunTime: new Set(),
  };
  // A URL no request of this file sends, and no other module imports, has no body to change with.
  if (site.uses.length === 0 && site.urlEdits.length > 0 && !site.exportedAs && site.declaredAt !== undefined)
    draft.failures.push({
      statementStart: site.declaredAt,
      code: 'RB261',
      message: describeTodo('RB261', { sourceText: site.label }),
    });
  for (const index of site.uses.keys()) planEndpointUse(draft, site, index, payloadEndpoints, blocked);
  const { payloadKeys } = draft;
  if (draft.failures.length)
    return { applied: false, plan: { edits: [], todos: draft.failures }, rewrittenCalls: [], payloadKeys };
  // closed world: a shared URL some other request of the project cannot migrate with stays V1 everywhere
  if (site.sharedKey && ctx.project?.heldUrls?.includes(site.sharedKey))
    return {
      applied: false,
      plan: { edits: [], todos: holdSharedUrl(ctx, site) },
      rewrittenCalls: [],
      payloadKeys,
    };
  const plan = { edits: draft.edits, todos: draft.todos };
  return { applied: true, plan, rewrittenCalls: draft.calls, payloadKeys, bodies: draft.bodies };
}

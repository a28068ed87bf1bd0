import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext } from '../codemod-context.ts';
import type { PayloadSite } from '../resolve-payload-site.ts';
import type { EndpointSite } from './endpoint-site.ts';

/**
 * Why a payload cannot be rewritten in place because something else shares it (the RB201 text), or
 * undefined: a variable or helper also used for another request or purpose, one body posted to both
 * /cutout and /mask (it cannot carry one V2 mode), or a body already translated at run time for another use.
 */
export function describeSharedBody(
  ctx: CodemodContext,
  site: EndpointSite,
  payload: Extract<PayloadSite, { ok: true }>,
  body: AnyPath,
  payloadEndpoints: ReadonlyMap<string, readonly V1Endpoint[]>,
  atRunTime: ReadonlySet<string>,
): string | undefined {
  const postedTo = payloadEndpoints.get(payload.key) ?? [];
  const elsewhere = (count: number | undefined) => count !== undefined && postedTo.length < count;
  if (elsewhere(payload.valueReferences)) return 'held in a variable that is also used for something else';
  if (elsewhere(payload.helperReferences))
    return 'returned by a local helper that is also called for something else';
  if (new Set(postedTo).size > 1)
    return `${ctx.source.slice(body.node.start, body.node.end)} is posted to several V1 endpoints`;
  if (atRunTime.has(payload.key)) return site.label;
  return undefined;
}

import type { V1Endpoint } from '../spec/endpoints.ts';
import type { CodemodContext } from './codemod-context.ts';
import { findRequestCall } from './find-request-call.ts';
import type { EndpointSite } from './plan-endpoint-site.ts';
import { resolvePayloadSite } from './resolve-payload-site.ts';

/**
 * For every payload literal reached by the endpoint sites of a file, the V1 endpoints it is posted to.
 * A literal posted to both /sensei/cutout and /sensei/mask has no single V2 `mode` and must stay V1.
 */
export function collectPayloadEndpoints(
  ctx: CodemodContext,
  sites: readonly EndpointSite[],
): Map<string, Set<V1Endpoint>> {
  const found = new Map<string, Set<V1Endpoint>>();
  for (const site of sites) {
    for (const [index, use] of site.uses.entries()) {
      const payload = findRequestCall(ctx, use)?.payload;
      const resolved = payload ? resolvePayloadSite(ctx, payload) : undefined;
      if (!resolved?.ok) continue;
      const endpoints = found.get(resolved.key) ?? new Set<V1Endpoint>();
      endpoints.add(site.useEndpoints?.[index] ?? site.endpoint);
      found.set(resolved.key, endpoints);
    }
  }
  return found;
}

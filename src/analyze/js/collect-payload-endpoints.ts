import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { CodemodContext } from './codemod-context.ts';
import { findRequestCall } from './find-request-call.ts';
import type { EndpointSite } from './plan/plan-endpoint-site.ts';
import { resolvePayloadSite } from './resolve-payload-site.ts';

/**
 * For every payload literal reached by the endpoint sites of a file, the V1 endpoint of each request that
 * posts it. A literal posted to both /sensei/cutout and /sensei/mask has no single V2 `mode` and must stay
 * V1; a helper-built literal whose helper is also called for other purposes must stay V1 too.
 */
export function collectPayloadEndpoints(
  ctx: CodemodContext,
  sites: readonly EndpointSite[],
): Map<string, V1Endpoint[]> {
  const found = new Map<string, V1Endpoint[]>();
  for (const site of sites) {
    for (const [index, use] of site.uses.entries()) {
      const payload = findRequestCall(ctx, use)?.payload;
      const resolved = payload ? resolvePayloadSite(ctx, payload) : undefined;
      if (!resolved?.ok) continue;
      const endpoints = found.get(resolved.key) ?? [];
      endpoints.push(site.useEndpoints?.[index] ?? site.endpoint);
      found.set(resolved.key, endpoints);
    }
  }
  return found;
}

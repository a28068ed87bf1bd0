import type { ClientContext } from '../types.ts';
import type { CompatSettings } from './settings.ts';
import type { CompatRequest } from './types.ts';

/**
 * A runtime-client context for one V1 request: the caller's credentials (forwarded, and scrubbed from every
 * error text), and a fetch that adds the time spent waiting for V2, downloads and uploads to `timing`.
 */
export function createRequestContext(settings: CompatSettings, request: CompatRequest) {
  const secrets = new Set<string>();
  const token = request.authorization?.replace(/^Bearer\s+/i, '');
  if (token) secrets.add(token);
  if (request.apiKey) secrets.add(request.apiKey);
  const timing = { upstreamMs: 0 };
  const ctx: ClientContext = {
    apiKey: request.apiKey ?? '',
    baseUrl: settings.upstream,
    fetch: async (input, init) => {
      const start = performance.now();
      try {
        return await settings.fetch(input, init);
      } finally {
        timing.upstreamMs += performance.now() - start;
      }
    },
    getToken: async () => token ?? '',
    secrets,
    log: () => {},
    random: Math.random,
    delivered: new Set(),
  };
  const headers = (json: boolean) => {
    const out: Record<string, string> = {};
    if (request.authorization !== undefined) out.authorization = request.authorization;
    if (request.apiKey !== undefined) out['x-api-key'] = request.apiKey;
    if (json) out['content-type'] = 'application/json';
    return out;
  };
  return { ctx, timing, headers };
}

import { RemoveBackgroundError } from './errors.ts';
import type { ClientOptions } from './types.ts';

/**
 * Client options from an @adobe/photoshop-apis `PhotoshopClient` config (reference §6.2):
 * `{ clientId, tokenProvider }` → `{ apiKey: clientId, getToken: () => tokenProvider.getToken() }`.
 * `{ clientId, clientSecret }` (the SDK fetched IMS tokens itself) cannot be carried over: throws an
 * INVALID_REQUEST RemoveBackgroundError asking for a token provider.
 */
export function fromPhotoshopConfig(config: {
  clientId: string;
  tokenProvider?: { getToken(...args: unknown[]): string | Promise<string> };
  clientSecret?: string;
}): ClientOptions {
  const provider = config.tokenProvider;
  if (!provider) {
    throw new RemoveBackgroundError(
      'INVALID_REQUEST',
      'PhotoshopClient client credentials (clientId + clientSecret) are not supported: pass { clientId, tokenProvider }',
      { secrets: config.clientSecret ? [config.clientSecret] : [] },
    );
  }
  return { apiKey: config.clientId, getToken: async () => provider.getToken() };
}

import { API_HEADERS, AUTH_SCHEME, JSON_CONTENT_TYPE } from '../mapping/transport.ts';
import { RemoveBackgroundError } from './errors.ts';
import type { ClientContext } from './types.ts';

/** Authorization (token from getToken: a failure there is AUTH_FAILED), x-api-key (and Content-Type for JSON bodies, User-Agent when configured). */
export async function buildApiHeaders(ctx: ClientContext, json: boolean): Promise<Record<string, string>> {
  let token: string;
  try {
    token = await ctx.getToken();
  } catch (error) {
    throw new RemoveBackgroundError('AUTH_FAILED', 'getToken failed; nothing was sent', {
      cause: error,
      secrets: ctx.secrets,
    });
  }
  ctx.secrets.add(token);
  const headers: Record<string, string> = {
    [API_HEADERS.authorization]: `${AUTH_SCHEME} ${token}`,
    [API_HEADERS.apiKey]: ctx.apiKey,
  };
  if (json) headers[API_HEADERS.contentType] = JSON_CONTENT_TYPE;
  if (ctx.userAgent !== undefined) headers['user-agent'] = ctx.userAgent;
  return headers;
}

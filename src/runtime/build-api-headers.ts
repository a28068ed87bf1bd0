import { API_HEADERS, AUTH_SCHEME, JSON_CONTENT_TYPE } from '../spec/transport.ts';
import type { ClientContext } from './types.ts';

/** Authorization, x-api-key (and Content-Type for JSON bodies, User-Agent when configured). */
export async function buildApiHeaders(ctx: ClientContext, json: boolean): Promise<Record<string, string>> {
  const token = await ctx.getToken();
  ctx.secrets.add(token);
  const headers: Record<string, string> = {
    [API_HEADERS.authorization]: `${AUTH_SCHEME} ${token}`,
    [API_HEADERS.apiKey]: ctx.apiKey,
  };
  if (json) headers[API_HEADERS.contentType] = JSON_CONTENT_TYPE;
  if (ctx.userAgent !== undefined) headers['user-agent'] = ctx.userAgent;
  return headers;
}

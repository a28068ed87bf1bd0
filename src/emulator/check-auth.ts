import type { IncomingMessage } from 'node:http';
import { API_HEADERS, AUTH_SCHEME } from 'rb-migrate-runtime/mapping';
import type { EmulatorState } from './types.ts';

/** Returns why the request is unauthenticated (401), or undefined when Authorization and x-api-key pass. */
export function checkAuth(state: EmulatorState, req: IncomingMessage): string | undefined {
  const authorization = req.headers[API_HEADERS.authorization];
  const apiKey = req.headers[API_HEADERS.apiKey];
  const prefix = `${AUTH_SCHEME} `;
  if (typeof authorization !== 'string' || authorization === '') return 'missing Authorization header';
  if (!authorization.startsWith(prefix) || authorization.slice(prefix.length).trim() === '') {
    return `Authorization must be "${AUTH_SCHEME} <token>"`;
  }
  if (typeof apiKey !== 'string' || apiKey === '') return `missing ${API_HEADERS.apiKey} header`;
  const expected = state.options.credentials;
  if (expected?.token !== undefined && authorization.slice(prefix.length).trim() !== expected.token) {
    return 'invalid access token';
  }
  if (expected?.apiKey !== undefined && apiKey !== expected.apiKey) return `invalid ${API_HEADERS.apiKey}`;
  return undefined;
}

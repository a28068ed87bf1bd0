/** Error codes (Node/undici) meaning the connection never opened, so the request cannot have arrived. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export type FetchFailure = 'aborted' | 'not-sent' | 'unknown';

/**
 * Sorts a rejected fetch: `aborted` (the signal fired), `not-sent` (no connection was made: safe to repeat
 * any request), `unknown` (the request may have reached the server: a POST may have been accepted).
 */
export function classifyFetchFailure(error: unknown, signal?: AbortSignal): FetchFailure {
  if (signal?.aborted) return 'aborted';
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return 'not-sent';
    current = (current as { cause?: unknown }).cause;
  }
  return 'unknown';
}

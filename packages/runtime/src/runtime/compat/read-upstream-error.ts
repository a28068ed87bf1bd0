import { V2_ERROR_CODE_BY_STATUS } from '../../mapping/responses.ts';
import { readErrorResponse } from '../read-error-response.ts';
import type { ClientContext } from '../types.ts';
import { buildV1Error } from './build-v1-error.ts';
import type { CompatResponse } from './types.ts';

/** A V2 error answer as the V1 error of the same HTTP status (`Retry-After` kept). */
export async function readUpstreamError(
  ctx: ClientContext,
  response: Response,
  what: string,
  upstreamMs: () => number,
): Promise<CompatResponse> {
  const error = await readErrorResponse(ctx, response, { what, url: response.url });
  const headers: Record<string, string> = {};
  const retryAfter = response.headers.get('retry-after');
  if (retryAfter !== null) headers['retry-after'] = retryAfter;
  const api = error.apiError;
  return buildV1Error(
    response.status,
    api?.error_code ?? V2_ERROR_CODE_BY_STATUS[response.status] ?? 'error',
    api?.message ?? error.message,
    {
      details: api?.errors?.map((e) => ({ code: e.error_code ?? 'error', message: e.message ?? '' })),
      headers,
      upstreamMs: upstreamMs(),
    },
  );
}

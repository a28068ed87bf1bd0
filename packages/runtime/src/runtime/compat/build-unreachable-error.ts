import { redactSecrets } from '../../mapping/redact-secrets.ts';
import type { ClientContext } from '../types.ts';
import { buildV1Error } from './build-v1-error.ts';
import type { CompatResponse } from './types.ts';

/** V2 could not be reached at all: V1 502 (for a submit, the job may or may not exist). */
export function buildUnreachableError(
  what: string,
  error: unknown,
  ctx: ClientContext,
  upstreamMs: number,
): CompatResponse {
  const reason = (error as Error)?.message ?? String(error);
  return buildV1Error(
    502,
    'upstream_unreachable',
    redactSecrets(`${what}: V2 could not be reached (${reason})`, ctx.secrets),
    { upstreamMs },
  );
}

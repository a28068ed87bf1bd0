import { errorToV1 } from '../../translate/error-to-v1.ts';
import type { CompatResponse } from './types.ts';

/**
 * A V1-shaped error answer `{title, type, code, details}` (through the translator's errorToV1, so the V1
 * `type` comes from the spec's status table).
 */
export function buildV1Error(
  status: number,
  code: string,
  title: string,
  options: {
    details?: { code: string; message: string }[];
    headers?: Record<string, string>;
    upstreamMs?: number;
  } = {},
): CompatResponse {
  const errors = options.details?.map((d) => ({ error_code: d.code, message: d.message }));
  return {
    status,
    headers: options.headers ?? {},
    body: errorToV1({ error_code: code, message: title, ...(errors?.length ? { errors } : {}) }, status),
    upstreamMs: options.upstreamMs ?? 0,
  };
}

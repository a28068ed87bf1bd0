import type { z } from 'zod';
import { sendApiError } from './send-api-error.ts';
import type { RouteContext } from './types.ts';

/**
 * Parses and validates a POST body with a spec schema; on failure answers 400 (invalid JSON, or the
 * schema issues with their paths) in the version's error format and returns undefined.
 */
export function parseSubmission<S extends z.ZodType>(
  ctx: RouteContext,
  version: 'v1' | 'v2',
  schema: S,
): z.infer<S> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(ctx.body.toString('utf8'));
  } catch {
    sendApiError(ctx.res, version, 400, 'the request body is not valid JSON', { errorCode: 'invalid_json' });
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.map(String).join('.'),
      message: i.message,
    }));
    sendApiError(ctx.res, version, 400, 'request parameters did not validate', { issues });
    return undefined;
  }
  return parsed.data;
}

import { V2ErrorSchema, type V2Error } from '../mapping/v2.ts';
import { RemoveBackgroundError, type RemoveBackgroundErrorCode } from './errors.ts';
import { redactSecrets } from '../mapping/redact-secrets.ts';
import type { ClientContext } from './types.ts';

const MAX_ERROR_BODY = 64 * 1024;

export interface ErrorResponseContext {
  /** What was being done, for the message ("submit", "poll job …"). */
  what: string;
  url: string;
  jobId?: string;
  /** The code for this status when the caller knows better (e.g. 404 while polling → JOB_NOT_FOUND). */
  code?: RemoveBackgroundErrorCode;
}

/** Turns a non-success API response into a RemoveBackgroundError, reading the V2 error body when present. */
export async function readErrorResponse(
  ctx: ClientContext,
  response: Response,
  where: ErrorResponseContext,
): Promise<RemoveBackgroundError> {
  const text = (await response.text().catch(() => '')).slice(0, MAX_ERROR_BODY);
  const body = parseV2Error(text);
  const code: RemoveBackgroundErrorCode =
    where.code ??
    (response.status === 401 || response.status === 403
      ? 'AUTH_FAILED'
      : response.status === 429
        ? 'RATE_LIMITED'
        : 'HTTP_ERROR');
  const detail = body ? `${body.error_code}: ${body.message}` : text.trim().slice(0, 200);
  const error = new RemoveBackgroundError(
    code,
    `${where.what} failed with HTTP ${response.status}${detail ? ` (${detail})` : ''}`,
    {
      httpStatus: response.status,
      errorCode: body?.error_code,
      jobId: where.jobId,
      url: where.url,
      secrets: ctx.secrets,
    },
  );
  if (body) error.apiError = redactError(body, ctx.secrets);
  return error;
}

function parseV2Error(text: string): V2Error | undefined {
  try {
    const parsed = V2ErrorSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function redactError(body: V2Error, secrets: Iterable<string>): V2Error {
  return JSON.parse(redactSecrets(JSON.stringify(body), secrets)) as V2Error;
}

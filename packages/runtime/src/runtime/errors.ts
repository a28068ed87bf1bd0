import type { V1Error } from '../mapping/v1.ts';
import type { Diagnostic } from '../translate/types.ts';
import type { V2Error, V2Status } from '../mapping/v2.ts';
import { redactSecrets } from '../mapping/redact-secrets.ts';

/** Every way a runtime call can fail. Stable: callers switch on these. */
export type RemoveBackgroundErrorCode =
  /** The request body (V2, or V1 for runV1) failed the spec's schema; nothing was sent. */
  | 'INVALID_REQUEST'
  /** runV1 with `strict`: the translation raised warnings or errors; nothing was sent. */
  | 'TRANSLATION_LOSSY'
  /** 401/403 from the API. */
  | 'AUTH_FAILED'
  /** 429/503 kept coming after the retry budget (or Retry-After exceeds the time left). */
  | 'RATE_LIMITED'
  /** Any other non-success HTTP status from the API. */
  | 'HTTP_ERROR'
  /** The connection failed and the retry budget is spent (or the request is not safe to repeat). */
  | 'NETWORK_ERROR'
  /** The POST was (possibly) sent but no response arrived: a job may exist. Not retried by default. */
  | 'SUBMIT_OUTCOME_UNKNOWN'
  /** A response body did not match the spec's schema. */
  | 'INVALID_RESPONSE'
  /** 404 on the status URL. */
  | 'JOB_NOT_FOUND'
  /** The job finished with status `failed`; `errorCode` and `status` carry the V2 details. */
  | 'JOB_FAILED'
  /** `timeoutMs` elapsed. */
  | 'TIMEOUT'
  /** The caller's AbortSignal fired. */
  | 'ABORTED'
  /** The hosted result URL answered 403/404/410: it expired (or was never valid). */
  | 'RESULT_EXPIRED'
  /** The status has no result URL, or the result download failed otherwise. */
  | 'DOWNLOAD_FAILED'
  /** The destination storage rejected the upload (status in `httpStatus`). */
  | 'UPLOAD_FAILED'
  /** The V1 destination cannot receive uploads (`storage: "adobe"`). */
  | 'UNSUPPORTED_STORAGE'
  /** This client already delivered this job to this destination (pass `force` to repeat). */
  | 'ALREADY_DELIVERED';

export interface RemoveBackgroundErrorInit {
  httpStatus?: number;
  /** V2 `error_code` (from an error body, or from a failed job's errorDetails). */
  errorCode?: string;
  jobId?: string;
  /** The URL involved; stored redacted. */
  url?: string;
  /** Schema issues for INVALID_REQUEST / INVALID_RESPONSE. */
  issues?: readonly { path: string; message: string }[];
  /** The final V2 status of a failed job. */
  status?: V2Status;
  /** TRANSLATION_LOSSY: the translator's diagnostics. */
  diagnostics?: readonly Diagnostic[];
  /** The underlying error; stored as a redacted copy (name, message, code), never the original object. */
  cause?: unknown;
  /** Literal secrets to scrub from every string (the client passes its API key and tokens). */
  secrets?: Iterable<string>;
}

/**
 * The one error type of the runtime client. Messages, `url`, `cause`, `stack` and `toJSON()` are redacted:
 * no Authorization, x-api-key, token or presigned signature can leak through them.
 */
export class RemoveBackgroundError extends Error {
  override readonly name = 'RemoveBackgroundError';
  readonly code: RemoveBackgroundErrorCode;
  readonly httpStatus: number | undefined;
  readonly errorCode: string | undefined;
  readonly jobId: string | undefined;
  readonly url: string | undefined;
  readonly issues: readonly { path: string; message: string }[] | undefined;
  readonly status: V2Status | undefined;
  readonly diagnostics: readonly Diagnostic[] | undefined;
  /** The V2 error body `{error_code, message, errors?}` the API answered with (redacted). */
  apiError: V2Error | undefined;
  /** Set by runV1: the same failure as a V1 error body, for code that still reads V1 errors. */
  v1Error: V1Error | undefined;

  constructor(code: RemoveBackgroundErrorCode, message: string, init: RemoveBackgroundErrorInit = {}) {
    const secrets = [...(init.secrets ?? [])];
    const clean = (text: string) => redactSecrets(text, secrets);
    super(clean(message), init.cause === undefined ? undefined : { cause: redactCause(init.cause, clean) });
    this.code = code;
    this.httpStatus = init.httpStatus;
    this.errorCode = init.errorCode;
    this.jobId = init.jobId;
    this.url = init.url === undefined ? undefined : clean(init.url);
    this.issues = init.issues;
    this.status = init.status;
    this.diagnostics = init.diagnostics;
    this.apiError = undefined;
    this.v1Error = undefined;
    if (this.stack) this.stack = clean(this.stack);
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, code: this.code, message: this.message };
    for (const key of ['httpStatus', 'errorCode', 'jobId', 'url', 'issues', 'apiError', 'v1Error'] as const) {
      if (this[key] !== undefined) json[key] = this[key];
    }
    if (this.cause instanceof Error) json.cause = { name: this.cause.name, message: this.cause.message };
    return json;
  }
}

/** A plain Error holding only the redacted name, message and code of the original (and of its cause). */
function redactCause(cause: unknown, clean: (text: string) => string): Error {
  const original = cause instanceof Error ? cause : new Error(String(cause));
  const inner = (original as { cause?: unknown }).cause;
  const copy = new Error(
    clean(original.message),
    inner === undefined ? undefined : { cause: redactCause(inner, clean) },
  );
  copy.name = original.name;
  const code = (original as { code?: unknown }).code;
  if (typeof code === 'string') (copy as Error & { code?: string }).code = code;
  copy.stack = clean(`${copy.name}: ${copy.message}`);
  return copy;
}

/** True for a RemoveBackgroundError with one of the given codes. */
export function isRemoveBackgroundError(
  error: unknown,
  ...codes: RemoveBackgroundErrorCode[]
): error is RemoveBackgroundError {
  return error instanceof RemoveBackgroundError && (codes.length === 0 || codes.includes(error.code));
}

import { errorToV1 } from '../translate/error-to-v1.ts';
import { TranslationError, ValidationError } from '../translate/errors.ts';
import { statusToV1 } from '../translate/status-to-v1.ts';
import { toV2 } from '../translate/to-v2.ts';
import type { ToV2Result } from '../translate/types.ts';
import { V2_ERROR_CODE_BY_STATUS } from '../mapping/responses.ts';
import { isRemoveBackgroundError, RemoveBackgroundError } from './errors.ts';
import type { ClientContext, RemoveBackgroundClient, RunV1Options, RunV1Result } from './types.ts';

/** Failures answered by the API itself (not by storage): these get a V1 error body. */
const API_ERROR_CODES = ['HTTP_ERROR', 'AUTH_FAILED', 'RATE_LIMITED', 'JOB_NOT_FOUND'] as const;

/**
 * V1 semantics in one call: translate the V1 body (diagnostics returned), submit, wait, deliver the result
 * to the old `output.href`, and return the final status in V1 shape. A failed job is returned as a V1
 * `failed` status (as V1 polling did), not thrown; other failures throw RemoveBackgroundError with
 * `v1Error` set to the equivalent V1 error body.
 */
export async function runV1(
  ctx: ClientContext,
  client: RemoveBackgroundClient,
  v1Body: unknown,
  options: RunV1Options = {},
): Promise<RunV1Result> {
  const translated = translate(ctx, v1Body, options);
  const { request, delivery, diagnostics } = translated;
  if (delivery?.storage === 'adobe') {
    throw new RemoveBackgroundError(
      'UNSUPPORTED_STORAGE',
      'output.storage "adobe" (Creative Cloud) cannot receive the V2 result; nothing was submitted',
      { secrets: ctx.secrets },
    );
  }
  const signal = options.signal;
  try {
    const job = await client.submit(request, { ...options.submit, signal });
    let v2Status;
    try {
      v2Status = await client.waitForJob(job, { ...options.wait, signal });
    } catch (error) {
      if (isRemoveBackgroundError(error, 'JOB_FAILED') && error.status) {
        const status = statusToV1(error.status, { statusUrl: job.statusUrl, delivery });
        return { status, v2Status: error.status, job, request, delivery, diagnostics };
      }
      throw error;
    }
    const delivered = delivery
      ? await client.deliver(v2Status, delivery, { ...options.deliver, signal })
      : undefined;
    const status = statusToV1(v2Status, { statusUrl: job.statusUrl, delivery });
    return { status, v2Status, job, request, delivery, delivered, diagnostics };
  } catch (error) {
    if (isRemoveBackgroundError(error, ...API_ERROR_CODES) && error.httpStatus !== undefined) {
      error.v1Error = errorToV1(
        {
          error_code:
            error.apiError?.error_code ??
            error.errorCode ??
            V2_ERROR_CODE_BY_STATUS[error.httpStatus] ??
            'error',
          message: error.apiError?.message ?? error.message,
          ...(error.apiError?.errors ? { errors: error.apiError.errors } : {}),
        },
        error.httpStatus,
      );
    }
    throw error;
  }
}

function translate(ctx: ClientContext, v1Body: unknown, options: RunV1Options): ToV2Result {
  try {
    return toV2(v1Body, {
      endpoint: options.endpoint ?? 'cutout',
      strict: options.strict,
      mediaType: options.mediaType,
      trim: options.trim,
      backgroundColor: options.backgroundColor,
      colorDecontamination: options.colorDecontamination,
      allowlist: options.allowlist,
    });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw new RemoveBackgroundError('INVALID_REQUEST', error.message, {
        issues: error.issues,
        secrets: ctx.secrets,
      });
    }
    if (error instanceof TranslationError) {
      throw new RemoveBackgroundError('TRANSLATION_LOSSY', error.message, {
        diagnostics: error.diagnostics,
        secrets: ctx.secrets,
      });
    }
    throw error;
  }
}

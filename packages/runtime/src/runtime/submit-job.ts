import { V2_PATHS } from '../mapping/endpoints.ts';
import { RETRY_AFTER_STATUSES } from '../mapping/transport.ts';
import { V2AcceptedSchema, V2RequestSchema, type V2Request } from '../mapping/v2.ts';
import { buildApiHeaders } from './build-api-headers.ts';
import { classifyFetchFailure } from './classify-fetch-failure.ts';
import { computeBackoff } from './compute-backoff.ts';
import { createDeadline } from './create-deadline.ts';
import { isRemoveBackgroundError, RemoveBackgroundError } from './errors.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { readErrorResponse } from './read-error-response.ts';
import { readJsonResponse } from './read-json-response.ts';
import { redactSecrets } from '../mapping/redact-secrets.ts';
import { sleep } from './sleep.ts';
import { toAbortError } from './to-abort-error.ts';
import { toIssues } from './to-issues.ts';
import type { ClientContext, Job, SubmitOptions } from './types.ts';

/** Statuses after which a POST may or may not have created a job. */
const OUTCOME_UNKNOWN_STATUSES = new Set([500, 502, 504]);

/**
 * `POST /v2/remove-background`. Validates the body first. Retries only when the job certainly was not
 * created (429/503, connection never opened); a POST that may have been accepted (connection dropped or
 * no answer within `timeoutMs` after sending; 500/502/504) is not repeated unless `retryUnknownOutcome`
 * is set: it fails with SUBMIT_OUTCOME_UNKNOWN (or HTTP_ERROR for the statuses).
 */
export async function submitJob(
  ctx: ClientContext,
  request: V2Request,
  options: SubmitOptions = {},
): Promise<Job> {
  const parsed = V2RequestSchema.safeParse(request);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    throw new RemoveBackgroundError(
      'INVALID_REQUEST',
      `invalid V2 request: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
      { issues, secrets: ctx.secrets },
    );
  }
  const url = new URL(V2_PATHS.removeBackground, ctx.baseUrl).href;
  const body = JSON.stringify(parsed.data);
  const maxRetries = options.maxRetries ?? 3;
  const baseDelay = options.retryDelayMs ?? 1000;
  const maxDelay = options.maxRetryDelayMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const signal = options.signal;
  const where = { url, secrets: ctx.secrets };
  const retry = async (attempt: number, reason: string, delayMs: number) => {
    ctx.log({
      type: 'retry',
      method: 'POST',
      url: redactSecrets(url),
      attempt: attempt + 1,
      delayMs,
      reason,
    });
    try {
      await sleep(delayMs, signal);
    } catch {
      throw toAbortError('submit', signal, where);
    }
  };

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw toAbortError('submit', signal, where);
    const deadline = createDeadline(signal, timeoutMs);
    let response: Response;
    try {
      ctx.log({ type: 'request', method: 'POST', url: redactSecrets(url), attempt });
      const headers = await buildApiHeaders(ctx, true);
      response = await ctx.fetch(url, { method: 'POST', headers, body, signal: deadline.signal });
    } catch (error) {
      if (error instanceof RemoveBackgroundError) throw error;
      if (signal?.aborted) throw toAbortError('submit', signal, where);
      const failure = deadline.signal.aborted ? 'unknown' : classifyFetchFailure(error);
      const canRetry =
        attempt < maxRetries && (failure === 'not-sent' || options.retryUnknownOutcome === true);
      if (canRetry) {
        await retry(attempt, failure, computeBackoff(attempt, baseDelay, maxDelay, ctx.random));
        continue;
      }
      if (failure === 'not-sent') {
        throw new RemoveBackgroundError('NETWORK_ERROR', 'submit failed: could not connect', {
          ...where,
          cause: error,
        });
      }
      const how = deadline.signal.aborted ? `got no answer within ${timeoutMs} ms` : 'lost the connection';
      throw new RemoveBackgroundError(
        'SUBMIT_OUTCOME_UNKNOWN',
        `submit ${how} after sending the request; a job may have been created. ` +
          'It was not re-sent (set retryUnknownOutcome to allow duplicates)',
        { ...where, cause: error },
      );
    } finally {
      deadline.dispose();
    }
    ctx.log({ type: 'response', method: 'POST', url: redactSecrets(url), status: response.status });
    if (response.ok) {
      const accepted = await readJsonResponse(ctx, response, V2AcceptedSchema, { what: 'submit', url }).catch(
        (error: unknown) => {
          if (!isRemoveBackgroundError(error, 'NETWORK_ERROR')) throw error;
          throw new RemoveBackgroundError(
            'SUBMIT_OUTCOME_UNKNOWN',
            `submit was accepted (HTTP ${response.status}) but the answer was cut off; the job id is unknown`,
            { ...where, httpStatus: response.status, cause: error },
          );
        },
      );
      return { jobId: accepted.jobId, statusUrl: resolveStatusUrl(accepted.statusUrl, url) };
    }
    const retryable =
      RETRY_AFTER_STATUSES.includes(response.status) ||
      (options.retryUnknownOutcome === true && OUTCOME_UNKNOWN_STATUSES.has(response.status));
    if (retryable && attempt < maxRetries) {
      const hinted = parseRetryAfter(response.headers.get('retry-after'));
      const delay = hinted ?? computeBackoff(attempt, baseDelay, maxDelay, ctx.random);
      if (delay <= maxDelay) {
        await response.body?.cancel();
        await retry(attempt, `HTTP ${response.status}`, delay);
        continue;
      }
    }
    throw await readErrorResponse(ctx, response, { what: 'submit', url });
  }
}

/** The statusUrl exactly as returned; only a relative one is resolved against the request URL. */
function resolveStatusUrl(statusUrl: string, requestUrl: string): string {
  return URL.canParse(statusUrl) ? statusUrl : new URL(statusUrl, requestUrl).href;
}

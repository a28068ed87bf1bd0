import { V2_PATHS } from '../spec/endpoints.ts';
import { RETRY_AFTER_STATUSES } from '../spec/transport.ts';
import { V2AcceptedSchema, V2RequestSchema, type V2Request } from '../spec/v2.ts';
import { buildApiHeaders } from './build-api-headers.ts';
import { classifyFetchFailure } from './classify-fetch-failure.ts';
import { computeBackoff } from './compute-backoff.ts';
import { RemoveBackgroundError } from './errors.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { readErrorResponse } from './read-error-response.ts';
import { readJsonResponse } from './read-json-response.ts';
import { redactSecrets } from './redact-secrets.ts';
import { sleep } from './sleep.ts';
import type { ClientContext, Job, SubmitOptions } from './types.ts';
import { toIssues } from './to-issues.ts';

/** Statuses after which a POST may or may not have created a job. */
const OUTCOME_UNKNOWN_STATUSES = new Set([500, 502, 504]);

/**
 * `POST /v2/remove-background`. Validates the body first. Retries only when the job certainly was not
 * created (429/503, connection never opened); a POST that may have been accepted is not repeated unless
 * `retryUnknownOutcome` is set: it fails with SUBMIT_OUTCOME_UNKNOWN (dropped connection) or HTTP_ERROR.
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
  const signal = options.signal;
  const fail = (
    code: 'ABORTED' | 'NETWORK_ERROR' | 'SUBMIT_OUTCOME_UNKNOWN',
    message: string,
    cause?: unknown,
  ) => new RemoveBackgroundError(code, message, { url, cause, secrets: ctx.secrets });

  for (let attempt = 0; ; attempt++) {
    if (signal?.aborted) throw fail('ABORTED', 'submit was aborted', signal.reason);
    const retry = async (reason: string, delayMs: number) => {
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
      } catch (error) {
        throw fail('ABORTED', 'submit was aborted', error);
      }
    };
    let response: Response;
    try {
      ctx.log({ type: 'request', method: 'POST', url: redactSecrets(url), attempt });
      response = await ctx.fetch(url, {
        method: 'POST',
        headers: await buildApiHeaders(ctx, true),
        body,
        signal,
      });
    } catch (error) {
      const failure = classifyFetchFailure(error, signal);
      if (failure === 'aborted') throw fail('ABORTED', 'submit was aborted', signal?.reason);
      const canRetry =
        attempt < maxRetries && (failure === 'not-sent' || options.retryUnknownOutcome === true);
      if (canRetry) {
        await retry(failure, computeBackoff(attempt, baseDelay, maxDelay, ctx.random));
        continue;
      }
      throw failure === 'not-sent'
        ? fail('NETWORK_ERROR', 'submit failed: could not connect', error)
        : fail(
            'SUBMIT_OUTCOME_UNKNOWN',
            'submit: the connection failed after the request was sent; a job may have been created. ' +
              'It was not re-sent (set retryUnknownOutcome to allow duplicates)',
            error,
          );
    }
    ctx.log({ type: 'response', method: 'POST', url: redactSecrets(url), status: response.status });
    if (response.ok) {
      const accepted = await readJsonResponse(ctx, response, V2AcceptedSchema, { what: 'submit', url });
      return { jobId: accepted.jobId, statusUrl: new URL(accepted.statusUrl, url).href };
    }
    const retryable =
      RETRY_AFTER_STATUSES.includes(response.status) ||
      (options.retryUnknownOutcome === true && OUTCOME_UNKNOWN_STATUSES.has(response.status));
    if (retryable && attempt < maxRetries) {
      const hinted = parseRetryAfter(response.headers.get('retry-after'));
      const delay = hinted ?? computeBackoff(attempt, baseDelay, maxDelay, ctx.random);
      if (delay <= maxDelay) {
        await response.body?.cancel();
        await retry(`HTTP ${response.status}`, delay);
        continue;
      }
    }
    throw await readErrorResponse(ctx, response, { what: 'submit', url });
  }
}

import { RETRY_AFTER_STATUSES } from '../mapping/transport.ts';
import { V2StatusSchema, type V2Status } from '../mapping/v2.ts';
import { buildApiHeaders } from './build-api-headers.ts';
import { computeBackoff } from './compute-backoff.ts';
import { createDeadline } from './create-deadline.ts';
import { isRemoveBackgroundError, RemoveBackgroundError } from './errors.ts';
import { parseRetryAfter } from './parse-retry-after.ts';
import { readErrorResponse } from './read-error-response.ts';
import { readJsonResponse } from './read-json-response.ts';
import { redactSecrets } from '../mapping/redact-secrets.ts';
import { sleep } from './sleep.ts';
import type { ClientContext, Job, WaitOptions } from './types.ts';

const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Polls `job.statusUrl` exactly as given until the job succeeds (returns the V2 status) or fails
 * (JOB_FAILED with the V2 error details). Poll delays grow exponentially with jitter; 429/503 wait for
 * Retry-After; network errors and 5xx are retried up to `maxRetries` times in a row.
 */
export async function waitForJob(ctx: ClientContext, job: Job, options: WaitOptions = {}): Promise<V2Status> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const baseDelay = options.pollIntervalMs ?? 1000;
  const maxDelay = options.maxPollIntervalMs ?? 10_000;
  const maxRetries = options.maxRetries ?? 5;
  const url = job.statusUrl;
  const what = `waiting for job ${job.jobId}`;
  const deadline = createDeadline(options.signal, timeoutMs);
  const signal = deadline.signal;
  let polls = 0;
  let failures = 0;

  const pause = async (delayMs: number, reason: string, type: 'poll' | 'retry') => {
    ctx.log({ type, method: 'GET', url: redactSecrets(url), attempt: failures, delayMs, reason });
    try {
      await sleep(delayMs, signal);
    } catch {
      throw deadline.toError(what, ctx.secrets, job.jobId);
    }
  };
  const giveUp = (message: string, cause?: unknown) =>
    new RemoveBackgroundError('NETWORK_ERROR', message, {
      url,
      jobId: job.jobId,
      cause,
      secrets: ctx.secrets,
    });

  try {
    for (;;) {
      if (signal.aborted) throw deadline.toError(what, ctx.secrets, job.jobId);
      let response: Response;
      try {
        response = await ctx.fetch(url, {
          method: 'GET',
          headers: await buildApiHeaders(ctx, false),
          signal,
        });
      } catch (error) {
        if (error instanceof RemoveBackgroundError) throw error;
        if (signal.aborted) throw deadline.toError(what, ctx.secrets, job.jobId);
        failures++;
        if (failures > maxRetries) throw giveUp(`${what}: status requests kept failing`, error);
        await pause(computeBackoff(failures - 1, baseDelay, maxDelay, ctx.random), 'network error', 'retry');
        continue;
      }
      ctx.log({ type: 'response', method: 'GET', url: redactSecrets(url), status: response.status });

      if (response.ok) {
        let status;
        try {
          status = await readJsonResponse(ctx, response, V2StatusSchema, { what, url, jobId: job.jobId });
        } catch (error) {
          if (!isRemoveBackgroundError(error, 'NETWORK_ERROR')) throw error;
          if (signal.aborted) throw deadline.toError(what, ctx.secrets, job.jobId);
          failures++;
          if (failures > maxRetries) throw error;
          await pause(computeBackoff(failures - 1, baseDelay, maxDelay, ctx.random), 'body cut off', 'retry');
          continue;
        }
        failures = 0;
        if (status.status === 'succeeded') return status;
        if (status.status === 'failed') throw jobFailed(ctx, status, url);
        await pause(computeBackoff(polls++, baseDelay, maxDelay, ctx.random), status.status, 'poll');
        continue;
      }
      if (response.status === 404) {
        throw await readErrorResponse(ctx, response, { what, url, jobId: job.jobId, code: 'JOB_NOT_FOUND' });
      }
      const retryAfter = RETRY_AFTER_STATUSES.includes(response.status);
      if (retryAfter || response.status >= 500) {
        failures++;
        if (failures > maxRetries) {
          throw await readErrorResponse(ctx, response, { what, url, jobId: job.jobId });
        }
        const hinted = retryAfter ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
        await response.body?.cancel();
        const delay = hinted ?? computeBackoff(failures - 1, baseDelay, maxDelay, ctx.random);
        await pause(delay, `HTTP ${response.status}`, 'retry');
        continue;
      }
      throw await readErrorResponse(ctx, response, { what, url, jobId: job.jobId });
    }
  } finally {
    deadline.dispose();
  }
}

function jobFailed(ctx: ClientContext, status: V2Status, url: string): RemoveBackgroundError {
  const first = status.errorDetails?.[0];
  const errorCode = first?.errorCode ?? first?.error_code;
  const detail = first?.message ? `: ${first.message}` : '';
  return new RemoveBackgroundError(
    'JOB_FAILED',
    `job ${status.jobId} failed${errorCode ? ` (${errorCode})` : ''}${detail}`,
    {
      errorCode,
      jobId: status.jobId,
      url,
      status,
      secrets: ctx.secrets,
    },
  );
}

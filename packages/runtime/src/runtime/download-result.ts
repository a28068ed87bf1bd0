import { classifyFetchFailure } from './classify-fetch-failure.ts';
import { computeBackoff } from './compute-backoff.ts';
import { RemoveBackgroundError } from './errors.ts';
import { toAbortError } from './to-abort-error.ts';
import { redactSecrets } from '../mapping/redact-secrets.ts';
import { sleep } from './sleep.ts';
import type { ClientContext } from './types.ts';

/** Statuses with which a presigned/hosted URL says it expired or is gone. */
const EXPIRED_STATUSES = new Set([403, 404, 410]);
const MAX_ATTEMPTS = 3;

export interface DownloadedResult {
  body: ReadableStream<Uint8Array>;
  /** Content-Length when the server sent one. */
  length: number | undefined;
  mediaType: string | undefined;
}

/**
 * GETs the hosted result (no API credentials: the URL is presigned) and returns its body as a stream.
 * Network errors and 5xx are retried twice (a GET is safe to repeat); 403/404/410 mean RESULT_EXPIRED.
 */
export async function downloadResult(
  ctx: ClientContext,
  url: string,
  jobId: string,
  signal?: AbortSignal,
): Promise<DownloadedResult> {
  for (let attempt = 1; ; attempt++) {
    let response: Response;
    try {
      ctx.log({ type: 'download', method: 'GET', url: redactSecrets(url), attempt });
      response = await ctx.fetch(url, { method: 'GET', signal });
    } catch (error) {
      if (classifyFetchFailure(error, signal) === 'aborted') {
        throw toAbortError('result download', signal, { url, jobId, secrets: ctx.secrets });
      }
      if (attempt >= MAX_ATTEMPTS) {
        throw new RemoveBackgroundError('DOWNLOAD_FAILED', 'result download failed', {
          url,
          jobId,
          cause: error,
          secrets: ctx.secrets,
        });
      }
      await pause(ctx, attempt, signal, url, jobId);
      continue;
    }
    if (response.ok && response.body) {
      const length = Number(response.headers.get('content-length') ?? Number.NaN);
      return {
        body: response.body,
        length: Number.isFinite(length) ? length : undefined,
        mediaType: response.headers.get('content-type') ?? undefined,
      };
    }
    await response.body?.cancel();
    if (response.status >= 500 && attempt < MAX_ATTEMPTS) {
      await pause(ctx, attempt, signal, url, jobId);
      continue;
    }
    const expired = EXPIRED_STATUSES.has(response.status);
    throw new RemoveBackgroundError(
      expired ? 'RESULT_EXPIRED' : 'DOWNLOAD_FAILED',
      expired
        ? `the result URL of job ${jobId} answered HTTP ${response.status}: it expired or is no longer available; download results right after the job succeeds`
        : `result download failed with HTTP ${response.status}`,
      { httpStatus: response.status, url, jobId, secrets: ctx.secrets },
    );
  }
}

async function pause(
  ctx: ClientContext,
  attempt: number,
  signal: AbortSignal | undefined,
  url: string,
  jobId: string,
) {
  const delayMs = computeBackoff(attempt - 1, 200, 2000, ctx.random);
  ctx.log({ type: 'retry', method: 'GET', url: redactSecrets(url), attempt, delayMs, reason: 'download' });
  try {
    await sleep(delayMs, signal);
  } catch {
    throw toAbortError('result download', signal, { url, jobId, secrets: ctx.secrets });
  }
}

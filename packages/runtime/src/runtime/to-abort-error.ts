import { RemoveBackgroundError } from './errors.ts';

/**
 * The typed error for an aborted operation: TIMEOUT when the signal's reason is a TimeoutError
 * (`AbortSignal.timeout()`), ABORTED otherwise.
 */
export function toAbortError(
  what: string,
  signal: AbortSignal | undefined,
  init: { url?: string; jobId?: string; secrets: Iterable<string> },
): RemoveBackgroundError {
  const reason: unknown = signal?.reason;
  const timedOut = reason instanceof Error && reason.name === 'TimeoutError';
  return new RemoveBackgroundError(
    timedOut ? 'TIMEOUT' : 'ABORTED',
    `${what} was ${timedOut ? 'timed out' : 'aborted'}`,
    {
      ...init,
      cause: reason,
    },
  );
}

import { RemoveBackgroundError } from './errors.ts';
import { toAbortError } from './to-abort-error.ts';

export interface Deadline {
  /** Aborts when the caller's signal aborts or the time is up. */
  signal: AbortSignal;
  /** The typed error for the abort: ABORTED (caller), TIMEOUT (our timeout or the caller's TimeoutError). */
  toError(what: string, secrets: Iterable<string>, jobId?: string): RemoveBackgroundError;
  dispose(): void;
}

/** Combines the caller's AbortSignal with an optional timeout into one signal. */

export function createDeadline(signal: AbortSignal | undefined, timeoutMs: number | undefined): Deadline {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => controller.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
  return {
    signal: controller.signal,
    toError(what, secrets, jobId) {
      return signal?.aborted
        ? toAbortError(what, signal, { secrets, jobId })
        : new RemoveBackgroundError('TIMEOUT', `${what} did not finish within ${timeoutMs} ms`, {
            secrets,
            jobId,
          });
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}

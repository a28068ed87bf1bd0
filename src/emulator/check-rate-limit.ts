import type { EmulatorState } from './types.ts';

/**
 * Counts the request against the documented per-method limit (RATE_LIMITS hard limits by default) and
 * returns the Retry-After seconds when it is over, undefined otherwise.
 */
export function checkRateLimit(state: EmulatorState, method: string, now = Date.now()): number | undefined {
  const limits = state.options.rateLimits;
  if (limits === false) return undefined;
  const kind = method === 'POST' ? 'post' : 'get';
  const hits = state.hits[kind];
  while (hits.length > 0 && (hits[0] ?? 0) <= now - limits.windowMs) hits.shift();
  if (hits.length >= limits[kind].hard) {
    return Math.max(1, Math.ceil(((hits[0] ?? now) + limits.windowMs - now) / 1000));
  }
  hits.push(now);
  return undefined;
}

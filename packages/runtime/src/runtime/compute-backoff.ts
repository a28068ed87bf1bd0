/**
 * Exponential backoff with "equal jitter": base·2^attempt capped at `maxMs`, then a random point in its
 * upper half, so retries spread out but never collapse to zero.
 */
export function computeBackoff(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

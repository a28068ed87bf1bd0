import type { DeliveryOutcome } from './deliver-with-retries.ts';

export interface DeliveryLedger {
  /**
   * Runs `deliver` for `key` unless it already succeeded here (then its outcome is returned) or is running
   * (then that run is awaited): concurrent polls of one job upload once. Failures are not remembered.
   */
  once(key: string, deliver: () => Promise<DeliveryOutcome>): Promise<DeliveryOutcome>;
}

/**
 * In-process memory of deliveries: exactly once per job for v1Fetch (one process), and a cache in front of
 * the gateway's stateless at-least-once rule. Bounded: the oldest successes are forgotten first (a forgotten
 * job polled again is delivered again, which S3/Azure take as an overwrite and a used Dropbox link as RB240).
 */
export function createDeliveryLedger(size: number): DeliveryLedger {
  const done = new Map<string, DeliveryOutcome>();
  const running = new Map<string, Promise<DeliveryOutcome>>();
  return {
    once(key, deliver) {
      const known = done.get(key) ?? running.get(key);
      if (known) return Promise.resolve(known);
      const run = deliver()
        .then((outcome) => {
          if (outcome.ok) {
            done.set(key, outcome);
            if (done.size > size) done.delete(done.keys().next().value!);
          }
          return outcome;
        })
        .finally(() => running.delete(key));
      running.set(key, run);
      return run;
    },
  };
}

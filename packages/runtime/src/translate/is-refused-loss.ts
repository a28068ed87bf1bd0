import type { Delivery, Diagnostic } from './types.ts';

/**
 * A loss no V2 call can work around: the result was to go to Creative Cloud storage (`storage: 'adobe'`),
 * which nothing outside Adobe can write to. Refused by every runtime path (compat layer, toV2Request);
 * other losses are reported and the request is sent.
 */
export function isRefusedLoss(d: Diagnostic, delivery: Delivery | undefined): boolean {
  return d.severity !== 'info' && delivery?.storage === 'adobe' && d.path.startsWith('output.');
}

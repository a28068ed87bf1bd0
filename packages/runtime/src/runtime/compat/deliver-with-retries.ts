import type { V2Status } from '../../mapping/v2.ts';
import { deliverResult } from '../deliver-result.ts';
import { isRemoveBackgroundError } from '../errors.ts';
import { sleep } from '../sleep.ts';
import type { ClientContext, DeliverTarget } from '../types.ts';

export type DeliveryOutcome =
  | { ok: true; bytes?: number; alreadyUsed?: boolean }
  | { ok: false; code: 'RB241' | 'RB242'; message: string };

/** Upload statuses that will not change on a retry (except 408/429). */
const isPermanent = (status: number | undefined) =>
  status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;

/**
 * Delivers a succeeded V2 job to the V1 output with the runtime's deliverResult (download the hosted result,
 * upload it with the storage's protocol), retrying transient failures (network, 5xx, 408, 429) with a fresh
 * download each time. A Dropbox link that answers 409 was used by an earlier delivery: delivered (RB240).
 * An expired result URL is RB242; any other failure RB241. Never throws for delivery failures.
 */
export async function deliverWithRetries(
  ctx: ClientContext,
  status: V2Status,
  target: DeliverTarget,
  options: { attempts: number; delayMs: number },
): Promise<DeliveryOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await deliverResult(ctx, status, target, { force: true });
      return { ok: true, bytes: result.bytes };
    } catch (error) {
      if (!isRemoveBackgroundError(error)) throw error;
      if (error.code === 'RESULT_EXPIRED') return { ok: false, code: 'RB242', message: error.message };
      const upload = error.code === 'UPLOAD_FAILED' ? error.httpStatus : undefined;
      if (upload === 409 && target.storage === 'dropbox') return { ok: true, alreadyUsed: true };
      const transient =
        error.code === 'DOWNLOAD_FAILED' || (error.code === 'UPLOAD_FAILED' && !isPermanent(upload));
      if (!transient || attempt >= options.attempts) {
        return { ok: false, code: 'RB241', message: error.message };
      }
      await sleep(options.delayMs * 2 ** (attempt - 1));
    }
  }
}

import { API_BASE_URL } from '../mapping/endpoints.ts';
import type { V2Status } from '../mapping/v2.ts';
import { deliverResult } from './deliver-result.ts';
import type { ClientContext, DeliverOptions, DeliverResult, DeliverTarget, FetchLike } from './types.ts';

/** Deliveries made through the standalone `deliver` in this process (`${jobId} ${href}`). */
const delivered = new Set<string>();

/**
 * What V1 did after a job, without a client or credentials (the result URL and output.href are presigned):
 * downloads the succeeded V2 job's result and uploads it to the V1 `output.href` with its storage's
 * protocol, once per job and href in this process. The call an RB110 TODO asks to paste after the poll:
 * `await deliver(status, { href: outputUrl, storage: 'external' })`.
 */
export function deliver(
  status: V2Status,
  target: DeliverTarget,
  options: DeliverOptions & { fetch?: FetchLike } = {},
): Promise<DeliverResult> {
  const ctx: ClientContext = {
    apiKey: '',
    baseUrl: API_BASE_URL,
    fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
    getToken: () => Promise.reject(new Error('deliver() sends no credentials')),
    secrets: new Set(),
    log: () => {},
    random: Math.random,
    delivered,
  };
  return deliverResult(ctx, status, target, options);
}

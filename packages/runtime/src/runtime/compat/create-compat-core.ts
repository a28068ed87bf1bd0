import { API_BASE_URL, V2_INPUT_HOST_ALLOWLIST, type V1Endpoint } from '../../mapping/endpoints.ts';
import { createDeliveryLedger } from './create-delivery-ledger.ts';
import { createJobSealer, type JobSealer } from './create-job-sealer.ts';
import { pollV1Status } from './poll-v1-status.ts';
import type { CompatSettings } from './settings.ts';
import { submitV1Job } from './submit-v1-job.ts';
import type { CompatOptions, CompatRequest, CompatResponse, CompatWarning } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface CompatCore {
  /** `POST /sensei/cutout|mask` with a V1 body (text) → V1 202 `{_links: {self: {href}}}` or a V1 error. */
  submit(endpoint: V1Endpoint, bodyText: string, request: CompatRequest): Promise<CompatResponse>;
  /** `GET /sensei/status/<id>` → polls V2 once; delivers on `succeeded`; V1 status or V1 error. */
  status(id: string, request: CompatRequest): Promise<CompatResponse>;
  /** Opens an id without polling (the fetch wrapper passes ids it did not issue through to V1). */
  open: JobSealer['open'];
  /** Hex id of the sealing key (logged by the gateway; never the key). */
  readonly keyId: Promise<string>;
}

/**
 * The one compatibility core behind v1Fetch, the axios adapter and the gateway: V1 requests in, V2 behind,
 * V1 answers out (submitV1Job, pollV1Status). Job state travels in the sealed V1 job id (V2 status URL +
 * delivery target), so any instance holding the keys can answer any poll; the only memory is a bounded
 * cache of finished deliveries.
 */
export function createCompatCore(options: CompatOptions = {}): CompatCore {
  const now = options.now ?? Date.now;
  const keys = options.keys ?? [globalThis.crypto.getRandomValues(new Uint8Array(32))];
  const trusted = options.trustedInputHosts ?? [];
  const settings: CompatSettings = {
    upstream: (options.upstream ?? API_BASE_URL).replace(/\/+$/, ''),
    fetch: (input, init) => (options.fetch ?? globalThis.fetch)(input, init),
    strict: options.strict ?? false,
    allowlist: trusted.length > 0 ? [...V2_INPUT_HOST_ALLOWLIST, ...trusted] : undefined,
    trustedInputHosts: trusted,
    sealer: createJobSealer(keys, {
      ttlMs: options.ticketTtlMs ?? DAY_MS,
      now,
      createAead: options.createAead,
    }),
    ledger: createDeliveryLedger(options.ledgerSize ?? 10_000),
    warn:
      options.onWarning ??
      ((w: CompatWarning) => console.warn(`rb-migrate compat ${w.code} (${w.severity}): ${w.message}`)),
    delivery: { attempts: options.deliveryAttempts ?? 3, delayMs: options.deliveryRetryDelayMs ?? 200 },
  };
  return {
    submit: (endpoint, bodyText, request) => submitV1Job(settings, endpoint, bodyText, request),
    status: (id, request) => pollV1Status(settings, id, request),
    open: (id) => settings.sealer.open(id),
    keyId: settings.sealer.currentKeyId,
  };
}

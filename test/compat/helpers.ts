import type { Emulator } from '../../src/emulator/types.ts';
import type { CompatWarning } from '../../packages/runtime/src/runtime/compat/types.ts';
import {
  createV1Fetch,
  type V1FetchOptions,
} from '../../packages/runtime/src/runtime/compat/create-v1-fetch.ts';
import { API_KEY, TOKEN } from '../runtime/helpers.ts';

export const V1_HEADERS = {
  Authorization: `Bearer ${TOKEN}`,
  'x-api-key': API_KEY,
  'Content-Type': 'application/json',
};

/** v1Fetch pointed at the emulator (V1 host and V2 upstream), warnings collected, fast delivery retries. */
export function emulatorV1Fetch(emu: Emulator, options: V1FetchOptions = {}) {
  const warnings: CompatWarning[] = [];
  const v1Fetch = createV1Fetch({
    v1Hosts: [emu.url],
    upstream: emu.url,
    trustedInputHosts: ['127.0.0.1'],
    deliveryRetryDelayMs: 5,
    onWarning: (w) => warnings.push(w),
    ...options,
  });
  return { v1Fetch, warnings };
}

type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

/** What V1 code does: POST the V1 body, then poll `_links.self.href` until the job is terminal. */
export async function runV1Flow(
  fetchFn: FetchFn,
  base: string,
  endpoint: 'cutout' | 'mask',
  body: unknown,
): Promise<{ submit: Response; accepted: any; final: any; polls: number }> {
  const submit = await fetchFn(`${base}/sensei/${endpoint}`, {
    method: 'POST',
    headers: V1_HEADERS,
    body: JSON.stringify(body),
  });
  const accepted = await submit.json();
  if (submit.status !== 202) return { submit, accepted, final: undefined, polls: 0 };
  for (let polls = 1; ; polls++) {
    const response = await fetchFn(accepted._links.self.href, { headers: V1_HEADERS });
    const final = await response.json();
    if (response.status !== 200 || final.status === 'succeeded' || final.status === 'failed') {
      return { submit, accepted, final, polls };
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

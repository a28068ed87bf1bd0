import { isOutboundAllowed } from './is-outbound-allowed.ts';
import type { EmulatorState } from './types.ts';

/** Downloads a job's input image (a plain GET, as the real services do with presigned URLs). */
export async function fetchInput(state: EmulatorState, href: string): Promise<Buffer> {
  const url = new URL(href);
  if (!isOutboundAllowed(state, url)) {
    throw new Error(
      `the emulator fetches only from its own storage and allowed hosts, not ${url.host} (add it with --allow-host / allowHosts)`,
    );
  }
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`the input URL answered HTTP ${response.status}`);
  }
  return Buffer.from(await response.arrayBuffer());
}

import { UPLOAD_PROTOCOLS } from 'rb-migrate-runtime/mapping';
import type { V1Request } from 'rb-migrate-runtime/mapping';
import { isOutboundAllowed } from './is-outbound-allowed.ts';
import type { EmulatorState } from './types.ts';

/** What V1 did at the end of a job: upload the PNG to `output.href` with the storage's protocol. */
export async function writeV1Output(
  state: EmulatorState,
  output: V1Request['output'],
  png: Buffer,
): Promise<void> {
  const storage = output.storage ?? 'external';
  if (storage === 'adobe') throw new Error('the emulator has no Creative Cloud storage (storage "adobe")');
  const url = new URL(output.href);
  if (!isOutboundAllowed(state, url)) {
    throw new Error(
      `the emulator writes only to its own storage and allowed hosts, not ${url.host} (add it with --allow-host / allowHosts)`,
    );
  }
  const protocol = UPLOAD_PROTOCOLS[storage];
  const headers: Record<string, string> = {};
  if (protocol.sendsMediaType) headers['content-type'] = 'image/png';
  Object.assign(headers, protocol.headers);
  const response = await fetch(url, {
    method: protocol.method,
    headers,
    body: new Uint8Array(png),
    signal: AbortSignal.timeout(30_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`the output URL rejected the upload with HTTP ${response.status}`);
}

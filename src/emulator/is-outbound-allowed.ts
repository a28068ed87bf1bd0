import type { EmulatorState } from './types.ts';

/** Whether the emulator may fetch from / write to `url` (loopback only unless outboundHosts is `any`). */
export function isOutboundAllowed(state: EmulatorState, url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (state.options.outboundHosts === 'any') return true;
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

import { matchesAllowedHost } from './matches-allowed-host.ts';
import { STORAGE_PREFIXES } from './storage-prefixes.ts';
import type { EmulatorState } from './types.ts';

/** Its signed storage dialects and its Creative Cloud area (`/cc/`, see handle-photoshop-actions). */
const OWN_STORES = [...STORAGE_PREFIXES, '/cc/'];

/**
 * Whether the emulator may fetch from / write to `url`: only its own storage (same origin, a storage or `/cc/` path)
 * and the hosts named in `allowHosts` (`--allow-host`). Nothing else, loopback included, so a job cannot make
 * the emulator probe other local services.
 */
export function isOutboundAllowed(state: EmulatorState, url: URL): boolean {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const own = new URL(state.baseUrl);
  if (url.origin === own.origin && OWN_STORES.some((p) => url.pathname.startsWith(p))) return true;
  return matchesAllowedHost(url, state.options.allowHosts);
}

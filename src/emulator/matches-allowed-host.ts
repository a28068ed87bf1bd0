import { isAllowedInputHost } from 'rb-migrate-runtime/mapping';

/**
 * Whether `url` is on one of the `allowHosts` entries: `host` (any port, subdomains too) or `host:port`
 * (`127.0.0.1:5555`, `[::1]:5555`; that port only).
 */
export function matchesAllowedHost(url: URL, entries: readonly string[]): boolean {
  const hostname = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const port = url.port || (url.protocol === 'https:' ? '443' : url.protocol === 'http:' ? '80' : '');
  return entries.some((raw) => {
    const entry = raw.trim().toLowerCase();
    const m = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(entry);
    if (m) return (m[1] ?? m[2]) === hostname && m[3] === port;
    return isAllowedInputHost(hostname, [entry.replace(/^\[|\]$/g, '')]);
  });
}

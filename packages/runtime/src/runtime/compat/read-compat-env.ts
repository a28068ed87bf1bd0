import { API_HOST } from '../../mapping/endpoints.ts';
import type { V1FetchOptions } from './create-v1-fetch.ts';

/** The environment variables `v1Fetch` and `v1AxiosAdapter` read (documented in docs/runtime.md). */
export const COMPAT_ENV = {
  v1Hosts: 'RB_MIGRATE_V1_HOSTS',
  upstream: 'RB_MIGRATE_UPSTREAM',
  trustedInputHosts: 'RB_MIGRATE_TRUSTED_INPUT_HOSTS',
  strict: 'RB_MIGRATE_STRICT',
} as const;

/**
 * The options of the default `v1Fetch`/`v1AxiosAdapter`, read from `process.env` when there is one (Node,
 * Deno, Bun; a browser has none and gets `{}`): more V1 hosts beside image.adobe.io (comma-separated hosts
 * or origins), the V2 base URL, trusted input hosts, and strict mode (`1`/`true`). Unset or empty variables
 * leave the defaults; so configured, a V1 base URL read at run time (an emulator, a proxy) needs no code change.
 */
export function readCompatEnv(
  env: Record<string, string | undefined> | undefined = (
    globalThis as { process?: { env?: Record<string, string | undefined> } }
  ).process?.env,
): V1FetchOptions {
  if (!env) return {};
  const list = (name: string) =>
    (env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const hosts = list(COMPAT_ENV.v1Hosts);
  const trusted = list(COMPAT_ENV.trustedInputHosts);
  const upstream = env[COMPAT_ENV.upstream]?.trim();
  const strict = env[COMPAT_ENV.strict]?.trim().toLowerCase();
  return {
    ...(hosts.length > 0 ? { v1Hosts: [API_HOST, ...hosts] } : {}),
    ...(upstream ? { upstream } : {}),
    ...(trusted.length > 0 ? { trustedInputHosts: trusted } : {}),
    ...(strict === '1' || strict === 'true' ? { strict: true } : {}),
  };
}

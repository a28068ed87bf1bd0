import { V2_INPUT_HOST_ALLOWLIST } from './endpoints.ts';

/** True when `host` is one of the V2 input hosts or a subdomain of one (`bucket.s3.amazonaws.com`). */
export function isAllowedInputHost(
  host: string,
  allowlist: readonly string[] = V2_INPUT_HOST_ALLOWLIST,
): boolean {
  let h = host.toLowerCase();
  if (h.endsWith('.')) h = h.slice(0, -1);
  return allowlist.some((entry) => h === entry || h.endsWith(`.${entry}`));
}

import type { FetchLike } from '../types.ts';
import type { DeliveryLedger } from './create-delivery-ledger.ts';
import type { JobSealer } from './create-job-sealer.ts';
import type { CompatWarning } from './types.ts';

/** What the compatibility core's steps share, resolved once from CompatOptions by createCompatCore. */
export interface CompatSettings {
  /** V2 base URL without a trailing slash. */
  upstream: string;
  fetch: FetchLike;
  strict: boolean;
  /** V2 allowlist plus the trusted input hosts (undefined: the spec's allowlist). */
  allowlist: readonly string[] | undefined;
  trustedInputHosts: readonly string[];
  sealer: JobSealer;
  ledger: DeliveryLedger;
  warn: (warning: CompatWarning) => void;
  delivery: { attempts: number; delayMs: number };
}

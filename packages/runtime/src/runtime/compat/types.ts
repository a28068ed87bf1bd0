import type { V1Storage } from '../../mapping/v1.ts';
import type { FetchLike } from '../types.ts';
import type { CreateAead } from './types-aead.ts';

/** What a V1 job id carries (sealed): the V2 status URL and where V1 would have written the result. */
export interface CompatTicket {
  /** The V2 status URL exactly as V2 returned it. */
  statusUrl: string;
  /** The V2 job id. */
  jobId: string;
  /** The V1 `output.href` and `output.storage` (absent when the V1 body named no output). */
  delivery?: { href: string; storage: V1Storage };
}

/** A coded, redacted report of a V1 feature V2 cannot keep (a translator diagnostic) or of a delivery event. */
export interface CompatWarning {
  /** Rule code (RB1xx from the translator, RB24x from the compatibility layer). */
  code: string;
  severity: 'error' | 'warning' | 'info';
  /** The V1 JSON path concerned, when there is one. */
  path?: string;
  /** Redacted: no presigned signature, token or key. */
  message: string;
}

export interface CompatOptions {
  /**
   * V2 base URL the requests go to (default `https://image.adobe.io`; v1Fetch and the axios adapter default
   * to the origin of the V1 request, since V2 is served beside V1).
   */
  upstream?: string;
  /** The fetch used for V2, result downloads and uploads (default: the platform fetch at call time). */
  fetch?: FetchLike;
  /**
   * Fail a submit (V1-shaped 400 with the rule code) when V2 cannot keep something the V1 body asked for
   * (binary mask, colour space, a format V2 does not write, an input host off the allowlist, …).
   * Default false: the request goes ahead and each loss is reported through `onWarning`.
   */
  strict?: boolean;
  /** Receives every coded warning (default: one `console.warn` line each). URLs in messages are redacted. */
  onWarning?: (warning: CompatWarning) => void;
  /**
   * Input hosts you vouch for on top of the V2 allowlist, e.g. an emulator (`127.0.0.1`): no RB102 for them,
   * and no RB101 for an `http:` input on them.
   */
  trustedInputHosts?: readonly string[];
  /**
   * Sealing keys for the V1 job ids: 32 bytes each, the first seals, all of them open (rotation).
   * Default: one random key per process (ids are then valid only in this process).
   */
  keys?: readonly Uint8Array[];
  /** AES-256-GCM implementation for the sealed ids (default Web Crypto; the gateway passes node:crypto's). */
  createAead?: CreateAead;
  /** How long a V1 job id stays valid (default 24 h). */
  ticketTtlMs?: number;
  /** Upload attempts per poll for a delivery that fails transiently (default 3). */
  deliveryAttempts?: number;
  /** First delay between delivery attempts (default 200 ms, doubling). */
  deliveryRetryDelayMs?: number;
  /** Remembered successful deliveries (default 10 000); older ones may be delivered again (harmless). */
  ledgerSize?: number;
  /** Clock (tests). */
  now?: () => number;
}

/** A V1 request as the core sees it, whatever carried it (fetch, axios, the gateway's HTTP server). */
export interface CompatRequest {
  /** Base URL the V1 status links are built on (`<base>/sensei/status/<id>`). */
  publicBase: string;
  /** V2 base URL for this request (default: CompatOptions.upstream). */
  upstream?: string;
  /** The caller's `Authorization` and `x-api-key`, forwarded to V2 as they are. */
  authorization?: string;
  apiKey?: string;
}

/** A V1-shaped answer. */
export interface CompatResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON body (V1 accepted, V1 status or V1 error). */
  body: unknown;
  /** Milliseconds spent waiting for V2, result downloads and uploads while answering. */
  upstreamMs: number;
}

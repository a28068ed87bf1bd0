/**
 * Endpoints of both API versions, as data. Translator, codemod, checker, runtime client and emulator read
 * these; nothing else in the project spells a V1 or V2 path.
 * Source: shared/reference/remove-background-api.md §1, §2.2, §3, §4.2.
 */

export const API_HOST = 'image.adobe.io';
export const API_BASE_URL = `https://${API_HOST}`;

export type V1Endpoint = 'cutout' | 'mask';
export type V2Mode = 'cutout' | 'mask' | 'psd';

/** One row per V1 path. `kind: "submit"` is a POST that starts a job; `kind: "status"` is the poll URL prefix. */
export interface EndpointRow {
  kind: 'submit' | 'status';
  /** V1 path (for status: the prefix that the job id follows). */
  v1: string;
  /** V2 path (for status: the prefix that the job id follows). */
  v2: string;
  /** For submit rows: the V1 endpoint name and the V2 `mode` it becomes. */
  endpoint?: V1Endpoint;
  mode?: V2Mode;
}

export const ENDPOINTS: readonly EndpointRow[] = [
  { kind: 'submit', v1: '/sensei/cutout', v2: '/v2/remove-background', endpoint: 'cutout', mode: 'cutout' },
  { kind: 'submit', v1: '/sensei/mask', v2: '/v2/remove-background', endpoint: 'mask', mode: 'mask' },
  { kind: 'status', v1: '/sensei/status/', v2: '/v2/status/' },
];

export const V1_PATHS = {
  cutout: '/sensei/cutout',
  mask: '/sensei/mask',
  statusPrefix: '/sensei/status/',
} as const;

export const V2_PATHS = {
  removeBackground: '/v2/remove-background',
  statusPrefix: '/v2/status/',
} as const;

/** The path segment every V1 Remove Background path starts with (without slashes). */
export const V1_SEGMENT = 'sensei';
/** The V1 leaf names that follow `/sensei/` (other `/sensei/<name>` paths are other services). */
export const V1_LEAVES = ['cutout', 'mask', 'status'] as const;

/**
 * Hosts V2 accepts for `image.source.url` (suffix match on the URL host).
 * Source: reference §3.1 `UrlResource` [CONFIRMED].
 */
export const V2_INPUT_HOST_ALLOWLIST: readonly string[] = [
  'amazonaws.com',
  'windows.net',
  'dropboxusercontent.com',
  'assets.frame.io',
  'storage.googleapis.com',
];

/** V1 POST responses are 202; V2 POST responses are 202 (reference §2.1, §4.1). */
export const ACCEPTED_STATUS = 202;

/**
 * Rate limits documented for Remove Background (reference §3.3); the page does not say which version they
 * apply to, so the emulator applies them to both.
 */
export const RATE_LIMITS = {
  windowMs: 3000,
  post: { soft: 2, hard: 3 },
  get: { soft: 500, hard: 1000 },
} as const;

/**
 * Lifetime assumed for the V2 hosted result URL (reference §4.2, UNCERTAIN: undocumented, about 1 h).
 */
export const ASSUMED_RESULT_URL_TTL_MS = 60 * 60 * 1000;

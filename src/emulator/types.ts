import type { IncomingMessage, ServerResponse } from 'node:http';
import type { V1Endpoint, V2Mode, V1Request, V2Request, UploadStorage } from 'rb-migrate-runtime/mapping';

export interface RateLimits {
  windowMs: number;
  post: { hard: number };
  get: { hard: number };
}

export interface EmulatorOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Time a job spends in `pending` and then in `running`, each (default 50 ms). */
  latencyMs?: number;
  /** Share of jobs that end `failed` (0..1, default 0). */
  failRate?: number;
  /** Share of API requests whose connection is dropped without an answer (0..1, default 0). */
  dropConnections?: number;
  /** Lifetime of V2 result URLs (default ASSUMED_RESULT_URL_TTL_MS, 1 h). */
  resultTtlMs?: number;
  /** Seed of the random faults (default 1). */
  seed?: number;
  /** Accept V2 input URLs on the emulator's own host even though it is not on the allowlist (default true). */
  acceptOwnHost?: boolean;
  /**
   * Other hosts the emulator talks to (e.g. another local server of your test): accepted as V2 inputs, and
   * the only hosts besides its own storage that it fetches inputs from and writes V1 outputs to. An entry is
   * `host` (any port, subdomains too) or `host:port` (`127.0.0.1:5555`, `[::1]:5555`).
   */
  allowHosts?: readonly string[];
  /** Largest request body accepted, in bytes (default 16 MiB); larger ones get 413 with an error body. */
  maxBodyBytes?: number;
  /** Most jobs kept; the oldest are forgotten first (default 1000). */
  maxJobs?: number;
  /** How long a job is kept after it was created (default 1 h). */
  jobTtlMs?: number;
  /** Most stored objects (and Dropbox links) kept; the oldest written are dropped first (default 1000). */
  maxObjects?: number;
  /** How long a stored object is kept after its last write (default 1 h). */
  objectTtlMs?: number;
  /** When set, only these credentials are accepted; by default any non-empty values are. */
  credentials?: { apiKey?: string; token?: string };
  /** Per-method request limits per window (default: the documented hard limits); false disables them. */
  rateLimits?: RateLimits | false;
  /** One line per request (method, path without query, status); never contains secrets. */
  log?: (line: string) => void;
}

export type RouteName =
  | 'v1.submit'
  | 'v1.status'
  | 'v2.submit'
  | 'v2.status'
  | 'storage'
  /** The minimal Photoshop API v1 Actions service (handle-photoshop-actions.ts). */
  | 'photoshop.submit'
  | 'photoshop.status';

export type FaultAction =
  /** Close the connection without answering: `before` handling the request, or `after` (a job exists). */
  | { kind: 'drop'; when: 'before' | 'after' }
  /** Answer with this status and the documented error body (Retry-After for 429/503 when given). */
  | { kind: 'status'; status: number; retryAfterSeconds?: number };

export interface Fault {
  route: RouteName;
  /** Only requests with this method (e.g. `PUT` to target storage uploads, not downloads). */
  method?: string;
  action: FaultAction;
  /** How many matching requests it applies to (default 1). */
  times?: number;
}

export interface RequestRecord {
  method: string;
  /** Path without the query string (so no signatures). */
  path: string;
  route: RouteName | 'unknown';
  /** HTTP status, or `dropped`. */
  outcome: number | 'dropped';
}

export interface StoredObject {
  bytes: Buffer;
  contentType: string;
}

export interface StorageUrlOptions {
  /** Which protocol the URL speaks (default external = S3-style presigned URL). */
  storage?: UploadStorage;
  /** `read` (GET) or `write` (PUT, or POST for dropbox). Default `write`. */
  access?: 'read' | 'write';
  /** Default 1 h. */
  expiresInMs?: number;
}

export interface EmulatorStorage {
  /** A presigned URL for `key` in the emulator's storage. */
  url(key: string, options?: StorageUrlOptions): string;
  read(key: string): Buffer | undefined;
  contentType(key: string): string | undefined;
  write(key: string, bytes: Uint8Array, contentType?: string): void;
  /** How many times `key` was written through HTTP or write(). */
  writes(key: string): number;
  keys(): string[];
}

export interface Emulator {
  /** Base URL, e.g. `http://127.0.0.1:43121`; use it as the client's baseUrl. */
  url: string;
  host: string;
  port: number;
  storage: EmulatorStorage;
  /** Queue a fault for the next matching request(s). */
  inject(fault: Fault): void;
  /** Every request so far (the latest 10 000), oldest first. */
  readonly requests: readonly RequestRecord[];
  /** Number of jobs created, per API version. */
  jobCount(version?: 'v1' | 'v2'): number;
  close(): Promise<void>;
}

export type JobStatus = 'pending' | 'running' | 'succeeded' | 'failed';

export interface EmulatedJob {
  id: string;
  version: 'v1' | 'v2';
  status: JobStatus;
  created: string;
  modified: string;
  mode: V2Mode;
  inputUrl: string;
  v1?: { endpoint: V1Endpoint; body: V1Request };
  v2?: V2Request;
  /** V2: storage key, presigned URL and media type of the hosted result. */
  resultKey?: string;
  resultUrl?: string;
  resultMediaType?: string;
  error?: { code: string; message: string };
  /** The pending step's timer (cleared when the job is evicted). */
  timer?: NodeJS.Timeout;
}

export interface EmulatorState {
  options: Required<Omit<EmulatorOptions, 'credentials' | 'rateLimits' | 'log'>> & {
    credentials?: { apiKey?: string; token?: string };
    rateLimits: RateLimits | false;
    log?: (line: string) => void;
  };
  baseUrl: string;
  jobs: Map<string, EmulatedJob>;
  storage: EmulatorStorage & {
    /**
     * Verifies a signed storage request; returns the key or an error status. `consume` (Dropbox upload
     * links) marks a single-use link as used once the upload is stored.
     */
    resolve(
      method: string,
      url: URL,
    ):
      | { key: string; kind: UploadStorage; access: 'read' | 'write'; consume?: () => void }
      | { error: number; reason: string };
  };
  faults: Fault[];
  requests: RequestRecord[];
  random: () => number;
  timers: Set<NodeJS.Timeout>;
  /** Timestamps of recent requests per method, for the rate limit. */
  hits: { post: number[]; get: number[] };
}

export interface RouteContext {
  state: EmulatorState;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  body: Buffer;
  /** Marks the request record with its route. */
  route: RouteName;
}

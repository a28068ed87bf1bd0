import type { V1Endpoint } from '../mapping/endpoints.ts';
import type { V1Storage } from '../mapping/v1.ts';
import type { V2Request, V2Status } from '../mapping/v2.ts';
import type { V1StatusView } from '../translate/status-to-v1.ts';
import type { Delivery, Diagnostic, ToV2Options } from '../translate/types.ts';

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

/** One line of the client's optional debug log. URLs are redacted before the event is built. */
export interface ClientEvent {
  type: 'request' | 'response' | 'retry' | 'poll' | 'download' | 'upload';
  method?: string;
  url?: string;
  status?: number;
  attempt?: number;
  delayMs?: number;
  reason?: string;
}

export interface ClientOptions {
  /** Client id, sent as `x-api-key`. */
  apiKey: string;
  /** A fixed access token (`Authorization: Bearer …`). Give this or `getToken`. */
  token?: string;
  /** Called before every API request (so it can refresh); give this or `token`. */
  getToken?: () => string | Promise<string>;
  /** Default `https://image.adobe.io`. Point it at the emulator in tests. */
  baseUrl?: string;
  /** Default: the platform `fetch`. */
  fetch?: FetchLike;
  userAgent?: string;
  /** Debug log; every URL and message in it is redacted. */
  log?: (event: ClientEvent) => void;
  /** Source of jitter in [0, 1); default Math.random. */
  random?: () => number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface SubmitOptions extends RequestOptions {
  /** Retries of 429/503 and of connections that never opened (default 3). */
  maxRetries?: number;
  /** First retry delay when no Retry-After is given (default 1000 ms). */
  retryDelayMs?: number;
  /** Upper bound of a single wait, Retry-After included (default 30 000 ms). */
  maxRetryDelayMs?: number;
  /** Per attempt: no answer within this long after sending counts as SUBMIT_OUTCOME_UNKNOWN (default 60 000 ms). */
  timeoutMs?: number;
  /**
   * Opt-in: also retry when the POST may have been accepted (connection dropped after sending, 500/502/504).
   * This can create duplicate jobs: V2 has no idempotency key. Default false.
   */
  retryUnknownOutcome?: boolean;
}

export interface Job {
  jobId: string;
  statusUrl: string;
}

export interface WaitOptions extends RequestOptions {
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
  /** First poll delay (default 1000 ms); doubles after each poll with jitter. */
  pollIntervalMs?: number;
  /** Ceiling of the poll delay (default 10 000 ms). */
  maxPollIntervalMs?: number;
  /** Consecutive network errors / 5xx answers tolerated while polling (default 5). */
  maxRetries?: number;
}

export interface DeliverTarget {
  /** The V1 `output.href`: presigned PUT, Azure SAS, Dropbox upload link or any PUT URL. */
  href: string;
  storage?: V1Storage;
}

export interface DeliverOptions extends RequestOptions {
  /** Deliver again even though this client already delivered this job there. */
  force?: boolean;
  /** Content-Type of the upload for external/azure (default: the result's media type). */
  contentType?: string;
}

export interface DeliverResult {
  href: string;
  storage: V1Storage;
  bytes: number;
  mediaType: string;
  uploadStatus: number;
}

export interface RunV1Options
  extends
    RequestOptions,
    Pick<
      ToV2Options,
      'strict' | 'mediaType' | 'trim' | 'backgroundColor' | 'colorDecontamination' | 'allowlist'
    > {
  /** The V1 endpoint the body was written for (default `cutout`). */
  endpoint?: V1Endpoint;
  submit?: Omit<SubmitOptions, 'signal'>;
  wait?: Omit<WaitOptions, 'signal'>;
  deliver?: Omit<DeliverOptions, 'signal'>;
}

export interface RunV1Result {
  /** The final status in V1 shape (`jobID`, `status`, `output`, `errors`, `_links`). */
  status: V1StatusView;
  /** The final V2 status as received. */
  v2Status: V2Status;
  job: Job;
  /** The V2 body that was sent. */
  request: V2Request;
  /** Where the result was uploaded (absent when the job failed). */
  delivery?: Delivery;
  delivered?: DeliverResult;
  /** The translator's diagnostics for the V1 body. */
  diagnostics: Diagnostic[];
}

export interface RemoveBackgroundClient {
  submit(request: V2Request, options?: SubmitOptions): Promise<Job>;
  waitForJob(job: Job, options?: WaitOptions): Promise<V2Status>;
  deliver(status: V2Status, target: DeliverTarget, options?: DeliverOptions): Promise<DeliverResult>;
  runV1(v1Body: unknown, options?: RunV1Options): Promise<RunV1Result>;
}

/** What the helpers share: built once by createRemoveBackgroundClient. */
export interface ClientContext {
  apiKey: string;
  baseUrl: string;
  fetch: FetchLike;
  userAgent?: string;
  getToken: () => Promise<string>;
  /** Every credential seen so far (API key, tokens): scrubbed from all error text. */
  secrets: Set<string>;
  log: (event: ClientEvent) => void;
  random: () => number;
  /** `${jobId} ${href}` of every delivery this client made. */
  delivered: Set<string>;
}

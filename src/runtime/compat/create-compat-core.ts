import {
  API_BASE_URL,
  V1_PATHS,
  V2_INPUT_HOST_ALLOWLIST,
  V2_PATHS,
  type V1Endpoint,
} from '../../spec/endpoints.ts';
import { V2_ERROR_CODE_BY_STATUS } from '../../spec/responses.ts';
import { V2AcceptedSchema, V2StatusSchema, type V2Status } from '../../spec/v2.ts';
import { acceptedToV1 } from '../../translate/accepted-to-v1.ts';
import { ValidationError } from '../../translate/errors.ts';
import { statusToV1 } from '../../translate/status-to-v1.ts';
import { toV2 } from '../../translate/to-v2.ts';
import type { Diagnostic } from '../../translate/types.ts';
import { isRemoveBackgroundError } from '../errors.ts';
import { readErrorResponse } from '../read-error-response.ts';
import { readJsonResponse } from '../read-json-response.ts';
import { redactSecrets } from '../redact-secrets.ts';
import type { ClientContext, FetchLike } from '../types.ts';
import { buildV1Error } from './build-v1-error.ts';
import { createDeliveryLedger } from './create-delivery-ledger.ts';
import { createJobSealer, type JobSealer } from './create-job-sealer.ts';
import { deliverWithRetries, type DeliveryOutcome } from './deliver-with-retries.ts';
import { sortDiagnostics } from './sort-diagnostics.ts';
import type { CompatOptions, CompatRequest, CompatResponse, CompatTicket, CompatWarning } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const JSON_HEADERS = { 'content-type': 'application/json' };

export interface CompatCore {
  /** `POST /sensei/cutout|mask` with a V1 body (text) → V1 202 `{_links: {self: {href}}}` or a V1 error. */
  submit(endpoint: V1Endpoint, bodyText: string, request: CompatRequest): Promise<CompatResponse>;
  /** `GET /sensei/status/<id>` → polls V2 once; delivers on `succeeded`; V1 status or V1 error. */
  status(id: string, request: CompatRequest): Promise<CompatResponse>;
  /** Opens an id without polling (the fetch wrapper passes ids it did not issue through to V1). */
  open: JobSealer['open'];
  /** Hex id of the sealing key (logged by the gateway; never the key). */
  readonly keyId: Promise<string>;
}

/**
 * The one compatibility core behind v1Fetch, the axios adapter and the gateway: V1 requests in, V2 behind,
 * V1 answers out. Job state travels in the sealed V1 job id (V2 status URL + delivery target), so any
 * instance holding the keys can answer any poll; the only memory is a bounded cache of finished deliveries.
 */
export function createCompatCore(options: CompatOptions = {}): CompatCore {
  const upstream = (options.upstream ?? API_BASE_URL).replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const keys = options.keys ?? [globalThis.crypto.getRandomValues(new Uint8Array(32))];
  const sealer = createJobSealer(keys, {
    ttlMs: options.ticketTtlMs ?? DAY_MS,
    now,
    createAead: options.createAead,
  });
  const ledger = createDeliveryLedger(options.ledgerSize ?? 10_000);
  const warn =
    options.onWarning ??
    ((w: CompatWarning) => console.warn(`rb-migrate compat ${w.code} (${w.severity}): ${w.message}`));
  const delivery = { attempts: options.deliveryAttempts ?? 3, delayMs: options.deliveryRetryDelayMs ?? 200 };
  const trusted = options.trustedInputHosts ?? [];
  const allowlist = trusted.length > 0 ? [...V2_INPUT_HOST_ALLOWLIST, ...trusted] : undefined;
  const fetchImpl: FetchLike = (input, init) => (options.fetch ?? globalThis.fetch)(input, init);

  /** A runtime-client context carrying the caller's credentials (for redaction) and a timer of V2 time. */
  const contextFor = (request: CompatRequest) => {
    const secrets = new Set<string>();
    const token = request.authorization?.replace(/^Bearer\s+/i, '');
    if (token) secrets.add(token);
    if (request.apiKey) secrets.add(request.apiKey);
    const timing = { upstreamMs: 0 };
    const ctx: ClientContext = {
      apiKey: request.apiKey ?? '',
      baseUrl: upstream,
      fetch: async (input, init) => {
        const start = performance.now();
        try {
          return await fetchImpl(input, init);
        } finally {
          timing.upstreamMs += performance.now() - start;
        }
      },
      getToken: async () => token ?? '',
      secrets,
      log: () => {},
      random: Math.random,
      delivered: new Set(),
    };
    return { ctx, timing };
  };
  const forwardHeaders = (request: CompatRequest, json: boolean) => {
    const headers: Record<string, string> = {};
    if (request.authorization !== undefined) headers.authorization = request.authorization;
    if (request.apiKey !== undefined) headers['x-api-key'] = request.apiKey;
    if (json) headers['content-type'] = 'application/json';
    return headers;
  };
  const report = (d: Diagnostic, secrets: Iterable<string>) =>
    warn({ code: d.code, severity: d.severity, path: d.path, message: redactSecrets(d.message, secrets) });
  const statusLink = (request: CompatRequest, id: string) =>
    `${request.publicBase.replace(/\/+$/, '')}${V1_PATHS.statusPrefix}${id}`;

  /** A V2 error answer as the V1 error of the same status (Retry-After kept). */
  const upstreamError = async (
    ctx: ClientContext,
    response: Response,
    what: string,
    upstreamMs: () => number,
  ) => {
    const error = await readErrorResponse(ctx, response, { what, url: response.url });
    const headers: Record<string, string> = {};
    const retryAfter = response.headers.get('retry-after');
    if (retryAfter !== null) headers['retry-after'] = retryAfter;
    const api = error.apiError;
    return buildV1Error(
      response.status,
      api?.error_code ?? V2_ERROR_CODE_BY_STATUS[response.status] ?? 'error',
      api?.message ?? error.message,
      {
        details: api?.errors?.map((e) => ({ code: e.error_code ?? 'error', message: e.message ?? '' })),
        headers,
        upstreamMs: upstreamMs(),
      },
    );
  };
  const unreachable = (what: string, error: unknown, ctx: ClientContext, upstreamMs: number) =>
    buildV1Error(
      502,
      'upstream_unreachable',
      redactSecrets(`${what}: V2 could not be reached (${(error as Error)?.message ?? error})`, ctx.secrets),
      {
        upstreamMs,
      },
    );

  const submit: CompatCore['submit'] = async (endpoint, bodyText, request) => {
    const { ctx, timing } = contextFor(request);
    let v1Body: unknown;
    try {
      v1Body = JSON.parse(bodyText);
    } catch {
      return buildV1Error(400, 'invalid_json', 'the request body is not valid JSON');
    }
    let translated;
    try {
      translated = toV2(v1Body, { endpoint, allowlist });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      return buildV1Error(400, 'validation_error', 'request parameters did not validate', {
        details: error.issues.map((i) => ({ code: i.path || '(root)', message: i.message })),
      });
    }
    const { refused, lossy } = sortDiagnostics(
      translated.diagnostics,
      translated.delivery,
      isTrusted(v1Body, trusted),
    );
    const blocking = options.strict ? [...refused, ...lossy] : refused;
    if (blocking.length > 0) {
      for (const d of blocking) report(d, ctx.secrets);
      return buildV1Error(400, blocking[0]!.code, redactSecrets(blocking[0]!.message, ctx.secrets), {
        details: blocking.map((d) => ({
          code: d.code,
          message: redactSecrets(`${d.path}: ${d.message}`, ctx.secrets),
        })),
      });
    }
    for (const d of lossy) report(d, ctx.secrets);

    const url = `${upstream}${V2_PATHS.removeBackground}`;
    let response: Response;
    try {
      response = await ctx.fetch(url, {
        method: 'POST',
        headers: forwardHeaders(request, true),
        body: JSON.stringify(translated.request),
      });
    } catch (error) {
      return unreachable('submit', error, ctx, timing.upstreamMs);
    }
    if (!response.ok) return upstreamError(ctx, response, 'submit', () => timing.upstreamMs);
    let accepted;
    try {
      accepted = await readJsonResponse(ctx, response, V2AcceptedSchema, { what: 'submit', url });
    } catch (error) {
      if (!isRemoveBackgroundError(error)) throw error;
      return buildV1Error(502, 'invalid_upstream_response', error.message, { upstreamMs: timing.upstreamMs });
    }
    const statusUrl = URL.canParse(accepted.statusUrl)
      ? accepted.statusUrl
      : new URL(accepted.statusUrl, url).href;
    const ticket: CompatTicket = { statusUrl, jobId: accepted.jobId };
    if (translated.delivery) ticket.delivery = translated.delivery;
    const id = await sealer.seal(ticket);
    return {
      status: 202,
      headers: JSON_HEADERS,
      body: acceptedToV1({ jobId: accepted.jobId, statusUrl: statusLink(request, id) }),
      upstreamMs: timing.upstreamMs,
    };
  };

  const status: CompatCore['status'] = async (id, request) => {
    const opened = await sealer.open(id);
    if (!opened.ok) {
      const expired = opened.reason === 'expired';
      return buildV1Error(
        expired ? 410 : 404,
        'RB243',
        expired ? `job ${short(id)} has expired` : `job ${short(id)} not found`,
      );
    }
    const { ticket } = opened;
    const { ctx, timing } = contextFor(request);
    let response: Response;
    try {
      response = await ctx.fetch(ticket.statusUrl, {
        method: 'GET',
        headers: forwardHeaders(request, false),
      });
    } catch (error) {
      return unreachable('status', error, ctx, timing.upstreamMs);
    }
    if (!response.ok) return upstreamError(ctx, response, 'status', () => timing.upstreamMs);
    let v2: V2Status;
    try {
      v2 = await readJsonResponse(ctx, response, V2StatusSchema, { what: 'status', url: ticket.statusUrl });
    } catch (error) {
      if (!isRemoveBackgroundError(error)) throw error;
      return buildV1Error(502, 'invalid_upstream_response', error.message, { upstreamMs: timing.upstreamMs });
    }
    if (v2.status === 'succeeded' && ticket.delivery) {
      const target = ticket.delivery;
      const outcome: DeliveryOutcome = await ledger.once(`${ticket.jobId} ${target.href}`, () =>
        deliverWithRetries(ctx, v2, target, delivery),
      );
      if (outcome.ok && outcome.alreadyUsed) {
        warn({
          code: 'RB240',
          severity: 'info',
          message: 'Dropbox upload link already used: counted as delivered',
        });
      }
      if (!outcome.ok) {
        warn({ code: outcome.code, severity: 'error', message: redactSecrets(outcome.message, ctx.secrets) });
        v2 = {
          ...v2,
          status: 'failed',
          errorDetails: [{ errorCode: outcome.code, message: redactSecrets(outcome.message, ctx.secrets) }],
        } as V2Status;
      }
    }
    const view = statusToV1(v2, { statusUrl: statusLink(request, id), delivery: ticket.delivery });
    view.jobId = view.jobID = id;
    return { status: 200, headers: JSON_HEADERS, body: view, upstreamMs: timing.upstreamMs };
  };

  return { submit, status, open: (id) => sealer.open(id), keyId: sealer.currentKeyId };
}

/** A job id as shown in messages: sealed ids are long; the first characters identify it well enough. */
function short(id: string): string {
  return id.length > 16 ? `${id.slice(0, 16)}…` : id;
}

/** Whether the V1 body's input.href is on one of the trusted hosts. */
function isTrusted(body: unknown, trusted: readonly string[]): boolean {
  const href = (body as { input?: { href?: unknown } }).input?.href;
  if (trusted.length === 0 || typeof href !== 'string' || !URL.canParse(href)) return false;
  const host = new URL(href).hostname;
  return trusted.includes(host);
}

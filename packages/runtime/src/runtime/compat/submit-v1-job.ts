import { V2_PATHS, type V1Endpoint } from '../../mapping/endpoints.ts';
import { V2AcceptedSchema } from '../../mapping/v2.ts';
import { acceptedToV1 } from '../../translate/accepted-to-v1.ts';
import { ValidationError } from '../../translate/errors.ts';
import { toV2 } from '../../translate/to-v2.ts';
import type { Diagnostic } from '../../translate/types.ts';
import { isRemoveBackgroundError } from '../errors.ts';
import { readJsonResponse } from '../read-json-response.ts';
import { redactSecrets } from '../../mapping/redact-secrets.ts';
import { buildStatusLink } from './build-status-link.ts';
import { buildV1Error } from './build-v1-error.ts';
import { createRequestContext } from './create-request-context.ts';
import { buildUnreachableError } from './build-unreachable-error.ts';
import { readUpstreamError } from './read-upstream-error.ts';
import type { CompatSettings } from './settings.ts';
import { sortDiagnostics } from './sort-diagnostics.ts';
import type { CompatRequest, CompatResponse, CompatTicket } from './types.ts';

/**
 * `POST /sensei/cutout|mask`: V1 body → toV2 (what V2 cannot keep is reported, or refused in strict mode) →
 * POST to V2 with the caller's credentials → V1 `202 {_links: {self: {href}}}` whose link carries the sealed
 * ticket (V2 status URL + delivery target). Errors come back V1-shaped.
 */
export async function submitV1Job(
  settings: CompatSettings,
  endpoint: V1Endpoint,
  bodyText: string,
  request: CompatRequest,
): Promise<CompatResponse> {
  const { ctx, timing, headers } = createRequestContext(settings, request);
  let v1Body: unknown;
  try {
    v1Body = JSON.parse(bodyText);
  } catch {
    return buildV1Error(400, 'invalid_json', 'the request body is not valid JSON');
  }
  let translated;
  try {
    translated = toV2(v1Body, { endpoint, allowlist: settings.allowlist });
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return buildV1Error(400, 'validation_error', 'request parameters did not validate', {
      details: error.issues.map((i) => ({ code: i.path || '(root)', message: i.message })),
    });
  }
  const trusted = isOnTrustedHost(v1Body, settings.trustedInputHosts);
  const { refused, lossy } = sortDiagnostics(translated.diagnostics, translated.delivery, trusted);
  const report = (d: Diagnostic) =>
    settings.warn({
      code: d.code,
      severity: d.severity,
      path: d.path,
      message: redactSecrets(d.message, ctx.secrets),
    });
  const blocking = settings.strict ? [...refused, ...lossy] : refused;
  if (blocking.length > 0) {
    blocking.forEach(report);
    return buildV1Error(400, blocking[0]!.code, redactSecrets(blocking[0]!.message, ctx.secrets), {
      details: blocking.map((d) => ({
        code: d.code,
        message: redactSecrets(`${d.path}: ${d.message}`, ctx.secrets),
      })),
    });
  }
  lossy.forEach(report);

  const url = `${request.upstream?.replace(/\/+$/, '') ?? settings.upstream}${V2_PATHS.removeBackground}`;
  let response: Response;
  try {
    response = await ctx.fetch(url, {
      method: 'POST',
      headers: headers(true),
      body: JSON.stringify(translated.request),
    });
  } catch (error) {
    return buildUnreachableError('submit', error, ctx, timing.upstreamMs);
  }
  if (!response.ok) return readUpstreamError(ctx, response, 'submit', () => timing.upstreamMs);
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
  const id = await settings.sealer.seal(ticket);
  return {
    status: 202,
    headers: { 'content-type': 'application/json' },
    body: acceptedToV1({ jobId: accepted.jobId, statusUrl: buildStatusLink(request.publicBase, id) }),
    upstreamMs: timing.upstreamMs,
  };
}

/** Whether the V1 body's input.href is on one of the trusted hosts. */
function isOnTrustedHost(body: unknown, trusted: readonly string[]): boolean {
  const href = (body as { input?: { href?: unknown } }).input?.href;
  if (trusted.length === 0 || typeof href !== 'string' || !URL.canParse(href)) return false;
  return trusted.includes(new URL(href).hostname);
}

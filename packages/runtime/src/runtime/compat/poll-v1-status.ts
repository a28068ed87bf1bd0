import { V2StatusSchema, type V2Status } from '../../mapping/v2.ts';
import { statusToV1 } from '../../translate/status-to-v1.ts';
import { isRemoveBackgroundError } from '../errors.ts';
import { readJsonResponse } from '../read-json-response.ts';
import { redactSecrets } from '../../mapping/redact-secrets.ts';
import { buildStatusLink } from './build-status-link.ts';
import { buildV1Error } from './build-v1-error.ts';
import { createRequestContext } from './create-request-context.ts';
import { deliverWithRetries } from './deliver-with-retries.ts';
import { buildUnreachableError } from './build-unreachable-error.ts';
import { readUpstreamError } from './read-upstream-error.ts';
import type { CompatSettings } from './settings.ts';
import type { CompatRequest, CompatResponse } from './types.ts';

/**
 * `GET /sensei/status/<sealed id>`: open the id (404/410 RB243 when forged, tampered or expired) → one V2
 * status request → on `succeeded`, deliver to the V1 output first (once per job here; RB241/RB242 turn the
 * answer into V1 `failed`) → the V1 status, whose `jobID` is the V1 id.
 */
export async function pollV1Status(
  settings: CompatSettings,
  id: string,
  request: CompatRequest,
): Promise<CompatResponse> {
  const opened = await settings.sealer.open(id);
  if (!opened.ok) {
    const expired = opened.reason === 'expired';
    const shown = id.length > 16 ? `${id.slice(0, 16)}…` : id;
    return buildV1Error(
      expired ? 410 : 404,
      'RB243',
      `job ${shown} ${expired ? 'has expired' : 'not found'}`,
    );
  }
  const { ticket } = opened;
  const { ctx, timing, headers } = createRequestContext(settings, request);
  let response: Response;
  try {
    response = await ctx.fetch(ticket.statusUrl, { method: 'GET', headers: headers(false) });
  } catch (error) {
    return buildUnreachableError('status', error, ctx, timing.upstreamMs);
  }
  if (!response.ok) return readUpstreamError(ctx, response, 'status', () => timing.upstreamMs);
  let v2: V2Status;
  try {
    v2 = await readJsonResponse(ctx, response, V2StatusSchema, { what: 'status', url: ticket.statusUrl });
  } catch (error) {
    if (!isRemoveBackgroundError(error)) throw error;
    return buildV1Error(502, 'invalid_upstream_response', error.message, { upstreamMs: timing.upstreamMs });
  }
  const target = ticket.delivery;
  if (v2.status === 'succeeded' && target) {
    const succeeded = v2;
    const outcome = await settings.ledger.once(`${ticket.jobId} ${target.href}`, () =>
      deliverWithRetries(ctx, succeeded, target, settings.delivery),
    );
    if (outcome.ok && outcome.alreadyUsed) {
      settings.warn({
        code: 'RB240',
        severity: 'info',
        message: 'Dropbox upload link already used: counted as delivered',
      });
    }
    if (!outcome.ok) {
      const message = redactSecrets(outcome.message, ctx.secrets);
      settings.warn({ code: outcome.code, severity: 'error', message });
      v2 = { ...v2, status: 'failed', errorDetails: [{ errorCode: outcome.code, message }] } as V2Status;
    }
  }
  const view = statusToV1(v2, { statusUrl: buildStatusLink(request.publicBase, id), delivery: target });
  view.jobId = view.jobID = id;
  return {
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: view,
    upstreamMs: timing.upstreamMs,
  };
}

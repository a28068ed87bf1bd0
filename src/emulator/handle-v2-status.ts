import type { V2Status } from 'rb-migrate-runtime/mapping';
import { sendApiError } from './send-api-error.ts';
import { sendJson } from './send-json.ts';
import type { RouteContext } from './types.ts';

/**
 * `GET /v2/status/:jobId`: `{jobId, status, createdTime, modifiedTime}` plus
 * `result.outputs[0] = {destination: {url}, mediaType}` when succeeded and `errorDetails` when failed.
 */
export function handleV2Status(ctx: RouteContext, id: string): void {
  const job = ctx.state.jobs.get(id);
  if (!job || !job.v2) {
    sendApiError(ctx.res, 'v2', 404, `job ${id} not found`);
    return;
  }
  const body: V2Status = {
    jobId: job.id,
    status: job.status,
    createdTime: job.created,
    modifiedTime: job.modified,
  };
  if (job.status === 'succeeded' && job.resultUrl) {
    body.result = { outputs: [{ destination: { url: job.resultUrl }, mediaType: job.resultMediaType }] };
  }
  if (job.status === 'failed' && job.error) {
    body.errorDetails = [{ errorCode: job.error.code, message: job.error.message }];
  }
  sendJson(ctx.res, 200, body);
}

import { V1_PATHS } from 'rb-migrate-runtime/mapping';
import { sendApiError } from './send-api-error.ts';
import { sendJson } from './send-json.ts';
import type { RouteContext } from './types.ts';

/**
 * `GET /sensei/status/:id`: the documented V1 status body — `jobID` (as in every V1 example), `status`,
 * `created`, `modified`, `input`, the echoed `output`, `errors` when failed, and `_links.self`.
 */
export function handleV1Status(ctx: RouteContext, id: string): void {
  const job = ctx.state.jobs.get(id);
  if (!job || !job.v1) {
    sendApiError(ctx.res, 'v1', 404, `job ${id} not found`);
    return;
  }
  const body: Record<string, unknown> = {
    jobID: job.id,
    status: job.status,
    created: job.created,
    modified: job.modified,
    input: job.inputUrl,
    output: job.v1.body.output,
  };
  if (job.status === 'failed' && job.error) {
    body.errors = {
      type: 'JobFailed',
      code: job.error.code,
      title: job.error.message,
      details: [{ name: job.error.code, reason: job.error.message }],
    };
  }
  body._links = { self: { href: `${ctx.state.baseUrl}${V1_PATHS.statusPrefix}${job.id}` } };
  sendJson(ctx.res, 200, body);
}

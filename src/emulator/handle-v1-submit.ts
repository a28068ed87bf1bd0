import { randomUUID } from 'node:crypto';
import {
  ACCEPTED_STATUS,
  V1_PATHS,
  type V1Endpoint,
  MODE_BY_ENDPOINT,
  V1RequestSchema,
  type V1Accepted,
} from 'rb-migrate-runtime/mapping';
import { addJob } from './add-job.ts';
import { parseSubmission } from './parse-submission.ts';
import { sendJson } from './send-json.ts';
import type { RouteContext } from './types.ts';

/** `POST /sensei/cutout|mask`: validate, create the job, answer `202 {_links: {self: {href}}}`. */
export function handleV1Submit(ctx: RouteContext, endpoint: V1Endpoint): void {
  const body = parseSubmission(ctx, 'v1', V1RequestSchema);
  if (!body) return;
  const now = new Date().toISOString();
  const id = randomUUID();
  const job = {
    id,
    version: 'v1' as const,
    status: 'pending' as const,
    created: now,
    modified: now,
    mode: MODE_BY_ENDPOINT[endpoint],
    inputUrl: body.input.href,
    v1: { endpoint, body },
  };
  addJob(ctx.state, job);
  const accepted: V1Accepted = {
    _links: { self: { href: `${ctx.state.baseUrl}${V1_PATHS.statusPrefix}${id}` } },
  };
  sendJson(ctx.res, ACCEPTED_STATUS, accepted);
}

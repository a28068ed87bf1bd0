import { randomUUID } from 'node:crypto';
import {
  ACCEPTED_STATUS,
  V2_INPUT_HOST_ALLOWLIST,
  V2_PATHS,
  isAllowedInputHost,
  V2RequestSchema,
  type V2Accepted,
} from 'rb-migrate-runtime/mapping';
import { addJob } from './add-job.ts';
import { matchesAllowedHost } from './matches-allowed-host.ts';
import { parseSubmission } from './parse-submission.ts';
import { sendApiError } from './send-api-error.ts';
import { sendJson } from './send-json.ts';
import type { RouteContext } from './types.ts';

const SOURCE_URL_PATH = 'image.source.url';

/**
 * `POST /v2/remove-background`: validate with the spec schema, enforce the input-host allowlist (plus the
 * emulator's own host when acceptOwnHost, plus allowHosts), create the job, answer `202 {jobId, statusUrl}`.
 * Job ids look like the real ones (`urn:ff:jobs:…`, with colons), so clients must use statusUrl as-is.
 */
export function handleV2Submit(ctx: RouteContext): void {
  const body = parseSubmission(ctx, 'v2', V2RequestSchema);
  if (!body) return;
  const problem = checkSourceUrl(ctx, body.image.source.url);
  if (problem) {
    sendApiError(ctx.res, 'v2', 400, 'request parameters did not validate', {
      issues: [{ path: SOURCE_URL_PATH, message: problem }],
    });
    return;
  }
  const now = new Date().toISOString();
  const id = `urn:ff:jobs:emulator:${randomUUID()}`;
  const job = {
    id,
    version: 'v2' as const,
    status: 'pending' as const,
    created: now,
    modified: now,
    mode: body.mode ?? ('cutout' as const),
    inputUrl: body.image.source.url,
    v2: body,
  };
  addJob(ctx.state, job);
  const accepted: V2Accepted = {
    jobId: id,
    statusUrl: `${ctx.state.baseUrl}${V2_PATHS.statusPrefix}${encodeURIComponent(id)}`,
  };
  sendJson(ctx.res, ACCEPTED_STATUS, accepted);
}

function checkSourceUrl(ctx: RouteContext, value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL';
  }
  const { options, baseUrl } = ctx.state;
  const own = new URL(baseUrl).hostname;
  const local = options.acceptOwnHost ? [own] : [];
  if (isAllowedInputHost(url.hostname, local) || matchesAllowedHost(url, options.allowHosts)) {
    return url.protocol === 'http:' || url.protocol === 'https:' ? undefined : 'must be an http(s) URL';
  }
  if (url.protocol !== 'https:') return 'must be an https URL';
  if (!isAllowedInputHost(url.hostname, V2_INPUT_HOST_ALLOWLIST)) {
    return `host ${url.hostname} is not allowed; use ${V2_INPUT_HOST_ALLOWLIST.join(', ')}`;
  }
  return undefined;
}

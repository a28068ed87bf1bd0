import type { RunV1Result } from './types.ts';

/** The parts of aio-lib's `Job` (reference §6.1, src/job.js) that code reads after createCutout/createMask. */
export interface AioJobView {
  url: string;
  jobId: string;
  outputs: {
    input?: string;
    status: string;
    _links?: { self: { href: string; storage: string } };
    errors?: unknown;
    created?: string;
    modified?: string;
  }[];
  _links?: { self: { href: string } };
  /** True: runV1 returns once the job is done (as aio-lib's createCutout did). */
  isDone(): boolean;
  poll(): Promise<AioJobView>;
  pollUntilDone(pollTimeMs?: number): Promise<AioJobView>;
}

/**
 * A runV1 result in the shape aio-lib's createCutout/createMask resolved to: a finished `Job` with
 * `jobId`, `outputs[0].status`, `outputs[0]._links.self` (the V1 output it was delivered to) and
 * `outputs[0].errors`; `isDone()`/`poll()`/`pollUntilDone()` keep working on the finished job.
 */
export function toAioJob(result: RunV1Result): AioJobView {
  const s = result.status;
  const output: AioJobView['outputs'][number] = { input: result.request.image.source.url, status: s.status };
  if (s.output) output._links = { self: s.output };
  if (s.errors) output.errors = s.errors;
  if (s.created !== undefined) output.created = s.created;
  if (s.modified !== undefined) output.modified = s.modified;
  const job: AioJobView = {
    url: result.job.statusUrl,
    jobId: s.jobId,
    outputs: [output],
    _links: s._links,
    isDone: () => true,
    poll: async () => job,
    pollUntilDone: async () => job,
  };
  return job;
}

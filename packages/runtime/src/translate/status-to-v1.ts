import { V2StatusSchema } from '../mapping/v2.ts';
import { ValidationError } from './errors.ts';
import { toValidationIssues } from './to-validation-issues.ts';
import type { Delivery } from './types.ts';

export interface V1StatusView {
  jobId: string;
  /** Also set, because most V1 examples (and code written from them) read `jobID` (reference §2.2). */
  jobID: string;
  status: 'pending' | 'running' | 'succeeded' | 'failed';
  created?: string;
  modified?: string;
  output?: { href: string; storage: string };
  errors?: { type: string; code: string; title: string; details: { name: string; reason: string }[] };
  _links?: { self: { href: string } };
}

export interface StatusToV1Options {
  /** The V2 statusUrl, echoed as `_links.self.href`. */
  statusUrl?: string;
  /** Where the result was (or will be) delivered, echoed as V1 `output`. */
  delivery?: Delivery;
}

/** V2 status → the V1 status shape (`status`, `jobId`/`jobID`, `_links`, `output` from delivery, `errors`). */
export function statusToV1(v2Status: unknown, options: StatusToV1Options = {}): V1StatusView {
  const parsed = V2StatusSchema.safeParse(v2Status);
  if (!parsed.success) throw new ValidationError('response', toValidationIssues(parsed.error));
  const s = parsed.data;
  const view: V1StatusView = { jobId: s.jobId, jobID: s.jobId, status: s.status };
  if (s.createdTime !== undefined) view.created = s.createdTime;
  if (s.modifiedTime !== undefined) view.modified = s.modifiedTime;
  if (options.delivery) view.output = { href: options.delivery.href, storage: options.delivery.storage };
  if (s.status === 'failed') {
    const details = (s.errorDetails ?? []).map((d) => ({
      name: d.errorCode ?? d.error_code ?? 'error',
      reason: d.message ?? '',
    }));
    view.errors = {
      type: 'JobFailed',
      code: details[0]?.name ?? 'runtime_error',
      title: details[0]?.reason || 'The V2 job failed',
      details,
    };
  }
  if (options.statusUrl !== undefined) view._links = { self: { href: options.statusUrl } };
  return view;
}

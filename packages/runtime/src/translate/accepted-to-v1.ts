import type { V1Accepted } from '../mapping/v1.ts';
import { V2AcceptedSchema } from '../mapping/v2.ts';
import { ValidationError } from './errors.ts';
import { toValidationIssues } from './to-validation-issues.ts';

/** V2 `202 {jobId, statusUrl}` → V1 `202 {_links: {self: {href}}}`, for code that still reads `_links`. */
export function acceptedToV1(v2Accepted: unknown): V1Accepted {
  const parsed = V2AcceptedSchema.safeParse(v2Accepted);
  if (!parsed.success) throw new ValidationError('response', toValidationIssues(parsed.error));
  return { _links: { self: { href: parsed.data.statusUrl } } };
}

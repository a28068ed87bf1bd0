import { V1_ERROR_TYPE_BY_STATUS, V1_ERROR_TYPE_FALLBACK } from '../mapping/responses.ts';
import type { V1Error } from '../mapping/v1.ts';
import { V2ErrorSchema } from '../mapping/v2.ts';
import { ValidationError } from './errors.ts';
import { toValidationIssues } from './to-validation-issues.ts';

/** V2 error body `{error_code, message, errors?}` + HTTP status → V1 error `{title, type, code, details}`. */
export function errorToV1(v2Error: unknown, httpStatus: number): V1Error {
  const parsed = V2ErrorSchema.safeParse(v2Error);
  if (!parsed.success) throw new ValidationError('response', toValidationIssues(parsed.error));
  const e = parsed.data;
  const v1: V1Error = {
    title: e.message,
    type: V1_ERROR_TYPE_BY_STATUS[httpStatus] ?? V1_ERROR_TYPE_FALLBACK,
    code: e.error_code,
  };
  if (e.errors && e.errors.length > 0) {
    v1.details = e.errors.map((d) => ({ name: d.error_code ?? 'error', reason: d.message ?? '' }));
  }
  return v1;
}

import type { z } from 'zod';
import type { ValidationIssue } from './types.ts';

/** Flattens zod issues (including union branches) into `{ path, message }` with dotted paths. */
export function toValidationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

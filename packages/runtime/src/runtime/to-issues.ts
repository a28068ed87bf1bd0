import type { z } from 'zod';

/** zod issues → `{ path: 'a.b.0', message }` pairs. */
export function toIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

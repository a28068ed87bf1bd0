import type { z } from 'zod';
import { RemoveBackgroundError } from './errors.ts';
import { toIssues } from './to-issues.ts';
import type { ClientContext } from './types.ts';

/** Reads a success body as JSON and checks it against a spec schema (INVALID_RESPONSE otherwise). */
export async function readJsonResponse<S extends z.ZodType>(
  ctx: ClientContext,
  response: Response,
  schema: S,
  where: { what: string; url: string; jobId?: string },
): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new RemoveBackgroundError('INVALID_RESPONSE', `${where.what}: the response is not JSON`, {
      httpStatus: response.status,
      url: where.url,
      jobId: where.jobId,
      cause: error,
      secrets: ctx.secrets,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    throw new RemoveBackgroundError(
      'INVALID_RESPONSE',
      `${where.what}: unexpected response body: ${issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`,
      { httpStatus: response.status, url: where.url, jobId: where.jobId, issues, secrets: ctx.secrets },
    );
  }
  return parsed.data;
}

import type { z } from 'zod';
import { RemoveBackgroundError } from './errors.ts';
import { toIssues } from './to-issues.ts';
import type { ClientContext } from './types.ts';

/**
 * Reads a success body as JSON and checks it against a spec schema: INVALID_RESPONSE when it does not match,
 * NETWORK_ERROR when the connection breaks while the body is read.
 */
export async function readJsonResponse<S extends z.ZodType>(
  ctx: ClientContext,
  response: Response,
  schema: S,
  where: { what: string; url: string; jobId?: string },
): Promise<z.infer<S>> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new RemoveBackgroundError('NETWORK_ERROR', `${where.what}: the response body was cut off`, {
      httpStatus: response.status,
      url: where.url,
      jobId: where.jobId,
      cause: error,
      secrets: ctx.secrets,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
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

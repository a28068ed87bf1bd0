import { JOB_STATUS } from '../mapping/v1.ts';
import { V2AcceptedSchema } from '../mapping/v2.ts';
import { acceptedToV1 } from './accepted-to-v1.ts';
import { statusToV1 } from './status-to-v1.ts';

function findPath(value: unknown, needle: string, prefix: string[] = []): string[] | undefined {
  if (value === needle) return prefix;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = findPath(v, needle, [...prefix, k]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Response fields the codemod rewrites or reports, derived from the translator's response adapters (so
 * no field name is spelled here): where V1 code reads the job's status link (`_links.self.href`) and the V2
 * field that replaces it (`statusUrl`); where a V1 status body echoed the output destination (`output.href`).
 */
export const RESPONSE_PATHS = (() => {
  const keys = Object.keys(V2AcceptedSchema.shape);
  const probe = Object.fromEntries(keys.map((k) => [k, `\u0000${k}`]));
  const v1 = acceptedToV1(probe);
  let statusLink: { v1: string[]; v2: string } | undefined;
  for (const k of keys) {
    const path = findPath(v1, `\u0000${k}`);
    if (path) statusLink = { v1: path, v2: k };
  }
  const echo = statusToV1(
    { jobId: 'j', status: JOB_STATUS[0] },
    { delivery: { href: '\u0000href', storage: 'external' } },
  );
  const outputEcho = findPath(echo, '\u0000href');
  if (!statusLink || !outputEcho) throw new Error('response adapters changed: cannot derive response paths');
  return { statusLink, outputEcho };
})();

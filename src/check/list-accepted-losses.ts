import type { BaselineFile } from './create-baseline-file.ts';
import type { Finding } from './types.ts';

/**
 * The losses a baseline records as accepted (`rewrite --accept-loss`), for the files of this run, as info
 * findings (RB344) so they stay visible in every report; they never make check fail.
 */
export function listAcceptedLosses(
  baseline: BaselineFile,
  baselineName: string,
  paths: ReadonlySet<string>,
): Finding[] {
  return (baseline.acceptedLosses ?? [])
    .filter((l) => paths.has(l.path))
    .map((l) => ({
      path: l.path,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      rule: 'RB344',
      severity: 'info',
      message: `accepted loss ${l.code} in the body at ${l.pointer || '/'}: ${l.message} (recorded in ${baselineName})`,
      fixable: false,
      snippet: '',
      fingerprint: l.fingerprint,
    }));
}

import type { BaselineFile } from './create-baseline-file.ts';
import type { Finding } from './types.ts';

/**
 * Splits fingerprinted findings into new ones and ones already recorded in the baseline; the recorded ones come
 * back marked as suppressed externally (by `baselineName`), for SARIF.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: BaselineFile,
  baselineName = 'the baseline',
): { fresh: Finding[]; known: number; baselined: Finding[] } {
  const recorded = new Set(baseline.findings.map((f) => `${f.path}\0${f.fingerprint}`));
  const fresh: Finding[] = [];
  const baselined: Finding[] = [];
  for (const f of findings) {
    if (!recorded.has(`${f.path}\0${f.fingerprint}`)) fresh.push(f);
    else
      baselined.push({
        ...f,
        suppression: { kind: 'external', justification: `recorded in ${baselineName}` },
      });
  }
  return { fresh, known: baselined.length, baselined };
}

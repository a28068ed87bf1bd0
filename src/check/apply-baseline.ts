import type { BaselineFile } from './create-baseline-file.ts';
import type { Finding } from './types.ts';

/** Splits fingerprinted findings into new ones and ones already recorded in the baseline. */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: BaselineFile,
): { fresh: Finding[]; known: number } {
  const known = new Set(baseline.findings.map((f) => `${f.path}\0${f.fingerprint}`));
  const fresh = findings.filter((f) => !known.has(`${f.path}\0${f.fingerprint}`));
  return { fresh, known: findings.length - fresh.length };
}

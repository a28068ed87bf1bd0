/** The `check --format json` report, as far as the agreement tests read it. */
export interface CheckReport {
  findings: { path: string; line: number; rule: string; fixable: boolean; message: string }[];
}

/** Files with at least one finding check marks fixable (`rb-migrate rewrite` would change them). */
export function fixableFiles(report: CheckReport): string[] {
  return [...new Set(report.findings.filter((f) => f.fixable).map((f) => f.path))].sort();
}

/**
 * Files whose code rewrite changed: TODO marker lines aside (a site left V1 gets a marker, which check
 * reports as needing a human, not as fixable).
 */
export function changedCodeFiles(before: Record<string, string>, after: Record<string, string>): string[] {
  const strip = (text: string | undefined) =>
    (text ?? '')
      .split('\n')
      .filter((l) => !/^\s*(?:\/\*|\/\/|#|<!--)\s*rb-migrate RB\d{3}:/.test(l))
      .join('\n');
  return Object.keys({ ...before, ...after })
    .filter((p) => strip(before[p]) !== strip(after[p]))
    .sort();
}

/** The fields of a report that do not depend on wording details: where, which rule, fixable or not. */
export function stableFindings(report: CheckReport): string[] {
  return report.findings.map((f) => `${f.path}:${f.line} ${f.rule}${f.fixable ? ' fixable' : ''}`);
}

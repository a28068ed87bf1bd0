import { RULES_BY_CODE } from 'rb-migrate-runtime/mapping';
import type { Finding, Suppression } from './types.ts';

/**
 * Marks findings covered by a `rb-migrate-ignore` on the same line or alone on the line above as suppressed
 * (`suppression: { kind: 'inSource', justification }`: they no longer count, but SARIF still lists them), and
 * adds an RB308 finding for every suppression that gives no reason (the suppression still applies: the missing
 * reason is reported, the original finding is not). `suppressed` counts the marked findings.
 */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: readonly Suppression[],
  path: string,
  lineText: (line: number) => string,
): { kept: Finding[]; suppressed: number } {
  if (suppressions.length === 0) return { kept: [...findings], suppressed: 0 };
  const kept: Finding[] = [];
  let suppressed = 0;
  for (const f of findings) {
    const covering = suppressions.find(
      (s) =>
        (s.line === f.line || (s.standalone && s.line === f.line - 1)) &&
        (s.codes.length === 0 || s.codes.includes(f.rule)),
    );
    if (covering) {
      suppressed++;
      kept.push({ ...f, suppression: { kind: 'inSource', justification: covering.reason } });
    } else kept.push(f);
  }
  const rule = RULES_BY_CODE.RB308;
  for (const s of suppressions) {
    if (s.reason !== '') continue;
    const text = lineText(s.line);
    const column = Math.max(1, text.indexOf('rb-migrate-ignore') + 1);
    kept.push({
      path,
      line: s.line,
      column,
      endLine: s.line,
      endColumn: column + 'rb-migrate-ignore'.length,
      rule: rule.code as 'RB308',
      severity: rule.severity,
      message: rule.message,
      fixable: rule.fixable,
      snippet: text.trim(),
    });
  }
  return { kept, suppressed };
}

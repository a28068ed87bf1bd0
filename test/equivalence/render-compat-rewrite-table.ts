export interface CompatRewriteRow {
  app: string;
  style: string;
  /** `rewrite --strategy compat`, or with `RB_MIGRATE_STRICT=1` at run time. */
  via: string;
  v1: string;
  compat: string;
  sameBytes: boolean;
  /** TODO codes the compat rewrite left in the copy. */
  todoCodes: string[];
  /** Codes the compatibility layer reported while the copy ran. */
  reported: string[];
  equivalent: boolean;
}

/** The Markdown table of the apps migrated with `rewrite --strategy compat` (docs/sdk-and-equivalence.md). */
export function renderCompatRewriteTable(rows: readonly CompatRewriteRow[]): string {
  const codes = (r: CompatRewriteRow) => [...new Set([...r.todoCodes, ...r.reported])].sort();
  const verdict = (r: CompatRewriteRow) =>
    r.equivalent ? '**yes**' : codes(r).length > 0 ? `no, reported (${codes(r).join(', ')})` : 'no (silent)';
  const lines = [
    '| App | Style | Run | Original on V1 | Migrated (compat) on V2 | Same bytes | TODOs left | Reported at run time | Equivalent |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| [\`${r.app}\`](../examples/apps/${r.app}) | ${r.style} | ${r.via} | ${r.v1} | ${r.compat} | ${r.sameBytes ? 'yes' : 'no'} | ${r.todoCodes.join(', ') || 'none'} | ${r.reported.join(', ') || 'none'} | ${verdict(r)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

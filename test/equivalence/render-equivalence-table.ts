export interface EquivalenceRow {
  app: string;
  style: string;
  v1: string;
  v2: string;
  sameBytes: boolean;
  todoCodes: string[];
  equivalent: boolean;
}

/** The Markdown table of the equivalence results (docs/sdk-and-equivalence.md and the README). */
export function renderEquivalenceTable(rows: readonly EquivalenceRow[]): string {
  const lines = [
    '| App | Style | Original on V1 | Migrated on V2 | Same bytes | TODOs left | Equivalent |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| [\`${r.app}\`](../examples/apps/${r.app}) | ${r.style} | ${r.v1} | ${r.v2} | ${r.sameBytes ? 'yes' : 'no'} | ${r.todoCodes.join(', ') || 'none'} | ${r.equivalent ? '**yes**' : 'no (TODO)'} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

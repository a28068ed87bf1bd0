export interface CompatRow {
  name: string;
  /** Link to the client's source, relative to docs/. */
  link: string;
  client: string;
  via: string;
  v1: string;
  compat: string;
  sameBytes: boolean;
  /** Rule codes the compatibility layer reported for the run. */
  reported: string[];
  equivalent: boolean;
}

/** The Markdown table of the compatibility-layer equivalence runs (docs/sdk-and-equivalence.md). */
export function renderCompatTable(rows: readonly CompatRow[]): string {
  const verdict = (r: CompatRow) =>
    r.equivalent
      ? '**yes**'
      : r.reported.length > 0
        ? `no, reported (${r.reported.join(', ')})`
        : 'no (silent)';
  const lines = [
    '| V1 client (unchanged) | Style | Through | On V1 | Through the layer on V2 | Same bytes | Reported | Equivalent |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| [\`${r.name}\`](${r.link}) | ${r.client} | ${r.via} | ${r.v1} | ${r.compat} | ${r.sameBytes ? 'yes' : 'no'} | ${r.reported.join(', ') || 'none'} | ${verdict(r)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

/** One line of the README's equivalence summary: a client and its verdict per way of running it. */
export interface ReadmeRow {
  client: string;
  /** Column → verdict text (`**yes**`, `no (RB110 TODO)`, `no, reported (RB120)`, `–`). */
  cells: string[];
  /** Outside the count (an app V2 cannot serve the same way: shown below the count row). */
  extra?: boolean;
}

/**
 * The README's short equivalence table: one row per client, one column per way of running it, and a last
 * row counting the equivalent ones per column (over the rows that ran it); `extra` rows follow the count.
 */
export function renderReadmeEquivalence(columns: readonly string[], rows: readonly ReadmeRow[]): string {
  const count = (i: number) => {
    const ran = rows.filter((r) => !r.extra && r.cells[i] !== '–');
    return `**${ran.filter((r) => r.cells[i] === '**yes**').length}/${ran.length}**`;
  };
  const lines = [
    `| Client | ${columns.join(' | ')} |`,
    `|---|${columns.map(() => '---').join('|')}|`,
    ...rows.filter((r) => !r.extra).map((r) => `| ${r.client} | ${r.cells.join(' | ')} |`),
    `| **equivalent** | ${columns.map((_, i) => count(i)).join(' | ')} |`,
    ...rows.filter((r) => r.extra).map((r) => `| ${r.client} | ${r.cells.join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

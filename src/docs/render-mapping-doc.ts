import {
  describeCondition,
  ENDPOINTS,
  V2_INPUT_HOST_ALLOWLIST,
  MAPPING,
  V2_ADDITIONS,
  type Action,
  RULES,
} from 'rb-migrate-runtime/mapping';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function describeAction(action: Action): string {
  switch (action.kind) {
    case 'move':
      return `→ \`${action.to}\` (verbatim)`;
    case 'lookup':
      return `→ \`${action.to}\`: ${Object.entries(action.table)
        .map(([from, to]) => `\`${from}\`→\`${to}\``)
        .join(', ')}`;
    case 'deliver':
      return `removed from the body; returned as \`delivery.${action.to}\``;
    case 'drop':
      return 'not sent';
  }
}

/** Renders docs/mapping.md from the spec. `npm run docs` writes it; a test fails when the file is stale. */
export function renderMappingDoc(): string {
  const lines: string[] = [
    '<!-- Generated from packages/runtime/src/mapping by `npm run docs`. Do not edit by hand: edit packages/runtime/src/mapping and regenerate. -->',
    '# V1 → V2 mapping',
    '',
    'How rb-migrate turns an Adobe Remove Background V1 request into a V2 request. The translator executes this',
    'table, the codemod reads it to place values and word its TODOs, and the checker uses the same rule codes.',
    'Facts and sources: `shared/reference/remove-background-api.md`.',
    '',
    '## Endpoints',
    '',
    '| V1 | V2 | note |',
    '|---|---|---|',
    ...ENDPOINTS.map((e) =>
      e.kind === 'submit'
        ? `| \`POST ${e.v1}\` | \`POST ${e.v2}\` | body gets \`mode: "${e.mode}"\` |`
        : `| \`GET ${e.v1}{id}\` | \`GET ${e.v2}{jobId}\` | prefer the \`statusUrl\` V2 returns |`,
    ),
    '',
    `The host (\`image.adobe.io\`) is kept. V2 accepts input URLs only on: ${V2_INPUT_HOST_ALLOWLIST.map((h) => `\`${h}\``).join(', ')} (and their subdomains).`,
    '',
    '## Request fields',
    '',
    '| V1 field | V2 | diagnostics (when → code) | equivalent when | decision |',
    '|---|---|---|---|---|',
    ...MAPPING.map(
      (row) =>
        `| \`${row.v1}\` | ${cell(describeAction(row.action))} | ${
          row.checks.length === 0
            ? '—'
            : row.checks.map((c) => `${cell(describeCondition(c.when))} → **${c.code}**`).join('<br>')
        } | ${row.equivalentWhen ? cell(describeCondition(row.equivalentWhen)) : '—'} | ${cell(row.note)} |`,
    ),
    '| any other field | not sent | always → **RB190** | — | Nothing is dropped without a diagnostic naming its path. |',
    '',
    '## V2 fields without a V1 source',
    '',
    '| V2 field | value | why |',
    '|---|---|---|',
    ...V2_ADDITIONS.map((a) => `| \`${a.v2}\` | ${cell(a.rule)} | ${cell(a.note)} |`),
    '',
    '## Rule catalogue',
    '',
    'Stable codes: RB1xx request mapping (translator, codemod TODOs), RB2xx codemod reasons, RB3xx checker.',
    '',
    '| code | name | severity | raised by | fixable by `rewrite` | message | what to do |',
    '|---|---|---|---|---|---|---|',
    ...RULES.map(
      (r) =>
        `| ${r.code} | ${r.name} | ${r.severity} | ${r.faces.join(', ')} | ${r.fixable ? 'yes' : 'no'} | ${cell(r.message)} | ${cell(r.hint)} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

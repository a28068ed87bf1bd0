import { describeCondition, MAPPING, RULES, type Rule, type Severity } from 'rb-migrate-runtime/mapping';

const GENERATED =
  '<!-- Generated from packages/runtime/src/mapping/rules.ts by `npm run docs`. Do not edit by hand: edit packages/runtime/src/mapping and regenerate. -->';
const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
const FACE: Record<Rule['faces'][number], string> = {
  translator: 'the translator (`toV2`, `rb-migrate translate`): a diagnostic with this code',
  codemod:
    '`rb-migrate rewrite`: a `/* rb-migrate CODE: … */` TODO above the statement, which `check` reports as [RB305](RB305.md) until you resolve and delete it',
  checker: '`rb-migrate check`: a finding (text, JSON, SARIF, GitHub annotation)',
  runtime:
    'the runtime compatibility layer (`v1Fetch`, the axios adapter, `rb-migrate gateway`): a diagnostic or error with this code',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const readable = (message: string): string => message.replace(/\{(value|path|host)\}/g, '<$1>');

/**
 * The per-rule pages `docs/rules/RBxxx.md` and their index `docs/rules/README.md`, keyed by file name, from the
 * rule catalogue (and, for request-mapping rules, the mapping rows that raise them). SARIF `helpUri` points at
 * these pages. `npm run docs` writes them; a test fails when they are stale.
 */
export function renderRuleDocs(): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('README.md', renderIndex());
  for (const rule of RULES) pages.set(`${rule.code}.md`, renderRule(rule));
  return pages;
}

function renderIndex(): string {
  return [
    GENERATED,
    '# Rules',
    '',
    'Every code rb-migrate reports. Codes are stable: RB1xx request mapping (translator; the codemod turns them',
    'into TODOs), RB2xx codemod (call sites `rewrite` cannot change safely; RB24x the runtime compatibility',
    'layer), RB3xx checker (`check`).',
    'Severity maps to SARIF levels as error → `error`, warning → `warning`, info → `note`.',
    '',
    '| code | name | severity | raised by | fixed by `rewrite` | message |',
    '|---|---|---|---|---|---|',
    ...RULES.map(
      (r) =>
        `| [${r.code}](${r.code}.md) | ${r.name} | ${r.severity} | ${r.faces.join(', ')} | ${r.fixable ? 'yes' : 'no'} | ${cell(readable(r.message))} |`,
    ),
    '',
  ].join('\n');
}

function renderRule(rule: Rule): string {
  const rows = MAPPING.flatMap((row) =>
    row.checks
      .filter((c) => c.code === rule.code)
      .map((c) => `| \`${row.v1}\` | ${cell(describeCondition(c.when))} | ${cell(row.note)} |`),
  );
  const lines = [
    GENERATED,
    `# ${rule.code}: ${rule.name}`,
    '',
    `> ${readable(rule.message)}`,
    '',
    '| | |',
    '|---|---|',
    `| severity | ${rule.severity} (SARIF level \`${SARIF_LEVEL[rule.severity]}\`) |`,
    `| fixed by \`rb-migrate rewrite\` | ${rule.fixable ? 'yes' : 'no'} |`,
    '',
    '## What to do',
    '',
    rule.hint,
    '',
    '## Where it is reported',
    '',
    ...rule.faces.map((f) => `- ${FACE[f].replace('CODE', rule.code)}`),
    '',
  ];
  if (rows.length > 0)
    lines.push(
      '## Raised by these V1 fields',
      '',
      'From the mapping table ([`docs/mapping.md`](../mapping.md)):',
      '',
      '| V1 field | when | decision |',
      '|---|---|---|',
      ...rows,
      '',
    );
  if (rule.faces.includes('checker'))
    lines.push(
      '## Suppressing it',
      '',
      `Write \`rb-migrate-ignore ${rule.code}: <why this is fine>\` in a comment on the same line or alone on the`,
      'line above (any comment syntax). A suppression without a reason is reported as [RB308](RB308.md). To accept',
      'existing usage and fail only on new usage, use a baseline (`check --baseline f --update-baseline`). SARIF',
      'lists suppressed findings with `suppressions[]` (`inSource` with your reason, `external` for the baseline).',
      '',
    );
  lines.push('[All rules](README.md)', '');
  return lines.join('\n');
}

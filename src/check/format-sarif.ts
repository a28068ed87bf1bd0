import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { ruleDocUrl, hintFor, RULES, RULES_BY_CODE, type Severity } from 'rb-migrate-runtime/mapping';
import type { Finding } from './types.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/**
 * SARIF 2.1.0 log for the findings. Rule metadata (id, name, message, help, helpUri to the rule's generated
 * page, default level, fixable) is generated from the rule catalogue (every checker-face rule); locations are
 * relative to %SRCROOT% (`root`); fingerprints are the baseline fingerprints; a `fix` is attached where
 * rewrite's replacement is known exactly (V1 paths in literals). Suppressed findings (`finding.suppression`)
 * are results too, with `suppressions[]`: `inSource` with the comment's reason, `external` for the baseline.
 */
export function formatSarif(
  findings: readonly Finding[],
  options: { root: string; version: string },
): string {
  const rules = RULES.filter((r) => r.faces.includes('checker'));
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.code,
    name: r.name,
    shortDescription: { text: r.message.replace(/\s*\{value\}/g, '') },
    fullDescription: { text: `${r.message.replace(/\s*\{value\}/g, '')}. ${r.hint}` },
    help: {
      text: r.hint,
      markdown: `${r.hint}${r.fixable ? '\n\nFixed automatically by `rb-migrate rewrite`.' : ''}`,
    },
    helpUri: ruleDocUrl(r.code),
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { fixable: r.fixable, tags: ['adobe', 'remove-background', 'migration'] },
  }));
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const results: Result[] = findings.map((f) => {
    const location = { uri: encodeURI(f.path), uriBaseId: '%SRCROOT%' };
    const region = {
      startLine: f.line,
      startColumn: f.column,
      ...(f.endLine > f.line || f.endColumn > f.column ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
      snippet: { text: f.snippet },
    };
    const result: Result = {
      ruleId: f.rule,
      ruleIndex: index.get(f.rule) ?? -1,
      level: LEVEL[f.severity],
      message: { text: withManualHint(f) },
      locations: [{ physicalLocation: { artifactLocation: location, region } }],
      partialFingerprints: f.fingerprint ? { 'rbMigrate/v1': f.fingerprint } : {},
    };
    if (f.suppression)
      result.suppressions = [
        {
          kind: f.suppression.kind,
          status: 'accepted',
          ...(f.suppression.justification ? { justification: f.suppression.justification } : {}),
        },
      ];
    if (f.replacement !== undefined) {
      result.fixes = [
        {
          description: {
            text: `Replace with ${f.replacement} (rb-migrate rewrite also converts the payload)`,
          },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: [
                {
                  deletedRegion: {
                    startLine: f.line,
                    startColumn: f.column,
                    endLine: f.endLine,
                    endColumn: f.endColumn,
                  },
                  insertedContent: { text: f.replacement },
                },
              ],
            },
          ],
        },
      ];
    }
    return result;
  });
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rb-migrate',
            version: options.version,
            semanticVersion: options.version,
            rules: descriptors,
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': { uri: `${pathToFileURL(options.root).href.replace(/\/?$/, '/')}` },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The rule's help says "run rewrite"; a finding rewrite leaves V1 carries its own hint in its message. */
function withManualHint(f: Finding): string {
  const rule = RULES_BY_CODE[f.rule];
  const hint = hintFor(rule, f.fixable);
  return hint === rule.hint ? f.message : `${f.message}. ${hint}`;
}

import type { Rule } from 'eslint';
import { REPOSITORY_URL } from 'rb-migrate-runtime/mapping';
import type { Severity } from 'rb-migrate-runtime/mapping';
import { lintText } from './lint-text.ts';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface Options {
  /** The analysis cache to read (default: the nearest node_modules/.cache/rb-migrate/analysis.json); false: none. */
  cache?: string | false;
  /** Lowest check severity reported, like `check --fail-on` (default warning). */
  minSeverity?: Severity;
}

/**
 * `rb-migrate/no-v1-remove-background`: check's findings for the file ESLint lints, with check's codes,
 * messages and severities (the severity and code close the message), fixed where rewrite fixes the file on
 * its own (see lintText). The rule reads the text, not the AST: it works under any parser.
 */
export const noV1RemoveBackground: Rule.RuleModule = {
  meta: {
    type: 'problem',
    fixable: 'code',
    docs: {
      description:
        'Report Adobe Remove Background V1 usage (rb-migrate check), fixed as rb-migrate rewrite does',
      url: `${REPOSITORY_URL}/blob/main/docs/eslint.md`,
    },
    messages: { finding: '{{message}}{{note}} [{{severity}}] {{code}}' },
    schema: [
      {
        type: 'object',
        properties: {
          cache: { anyOf: [{ type: 'string' }, { enum: [false] }] },
          minSeverity: { enum: ['error', 'warning', 'info'] },
        },
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const options = (context.options[0] ?? {}) as Options;
    const floor = RANK[options.minSeverity ?? 'warning'];
    // A block a processor extracted (e.g. from Markdown) has no file of its own: no cache entry fits it.
    const virtual = context.physicalFilename !== context.filename;
    return {
      Program() {
        const text = context.sourceCode.text;
        const result = lintText(text, context.filename, virtual ? false : options.cache);
        for (const f of result.findings) {
          if (RANK[f.severity] < floor) continue;
          const fix = f.fix ? result.fix : undefined;
          context.report({
            loc: {
              start: { line: f.line, column: f.column - 1 },
              end: { line: f.endLine, column: f.endColumn - 1 },
            },
            messageId: 'finding',
            data: {
              message: f.message,
              note: f.note ? ` (${f.note})` : '',
              severity: f.severity,
              code: f.rule,
            },
            ...(fix ? { fix: (fixer: Rule.RuleFixer) => fixer.replaceTextRange(fix.range, fix.text) } : {}),
          });
        }
      },
    };
  },
};

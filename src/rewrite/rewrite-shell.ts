import { analyzeShell } from '../analyze/shell/index.ts';
import { RULES_BY_CODE, type RuleCode } from '../spec/rules.ts';
import { formatMessage } from '../spec/format-message.ts';
import { V1_SEGMENT } from '../spec/endpoints.ts';
import { TODO_MARKER_TAG } from '../spec/todo-marker.ts';
import { applyTextEdits } from './apply-text-edits.ts';
import { lineAt } from '../analyze/line-at.ts';
import type { TextRewrite } from './rewrite-json.ts';

/**
 * Rewrites a shell script (`kind: 'shell'`) or the shell code blocks of a Markdown file (`kind: 'markdown'`)
 * by applying the edits of every site the shell analysis decided (analyzeShell): the same sites `check`
 * reports. TODOs are the traces written now or found from an earlier run (warnings and errors only) and the
 * V1 mentions left without a trace (e.g. a URL outside any curl request).
 */
export function rewriteShell(text: string, kind: 'shell' | 'markdown'): TextRewrite {
  if (!text.includes(V1_SEGMENT) && !text.includes(TODO_MARKER_TAG))
    return { output: text, changed: false, todos: [] };
  const { sites } = analyzeShell(text, { kind });
  const { output, mapOffset } = applyTextEdits(
    text,
    sites.flatMap((s) => s.edits),
  );
  const todos: TextRewrite['todos'] = [];
  for (const site of sites) {
    for (const t of site.traces) {
      if (severityOf(t.code) !== 'info')
        todos.push({ line: lineAt(output, mapOffset(t.offset)), code: t.code, message: t.message });
    }
    if (site.kind === 'trace' && severityOf(site.code) !== 'info') {
      todos.push({ line: lineAt(output, mapOffset(site.offset)), code: site.code!, message: site.value });
    }
    if (site.kind === 'mention') {
      const rule = RULES_BY_CODE.RB306;
      todos.push({
        line: lineAt(output, mapOffset(site.offset)),
        code: rule.code,
        message: `${formatMessage(rule.message, { value: site.value })} outside a curl request; update it by hand`,
      });
    }
  }
  return { output, changed: output !== text, todos: todos.sort((a, b) => a.line - b.line) };
}

function severityOf(code: string | undefined): string | undefined {
  return code && code in RULES_BY_CODE ? RULES_BY_CODE[code as RuleCode].severity : undefined;
}

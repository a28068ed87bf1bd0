import { analyzeShell } from '../analyze/shell/index.ts';
import {
  RULES_BY_CODE,
  type RuleCode,
  formatMessage,
  V1_SEGMENT,
  TODO_MARKER_TAG,
} from 'rb-migrate-runtime/mapping';
import { applyTextEdits } from './apply-text-edits.ts';
import { lineAt } from '../analyze/line-at.ts';
import type { TextRewrite } from './rewrite-json.ts';
import type { MarkdownJsPlan } from '../analyze/markdown/plan-markdown-js-blocks.ts';

/**
 * Rewrites a shell script (`kind: 'shell'`) or the shell code blocks of a Markdown file (`kind: 'markdown'`)
 * by applying the edits of every site the shell analysis decided (analyzeShell): the same sites `check`
 * reports. TODOs are the traces written now or found from an earlier run (warnings and errors only) and the
 * V1 mentions left without a trace (e.g. a URL outside any curl request).
 */
export function rewriteShell(
  text: string,
  kind: 'shell' | 'markdown',
  jsBlocks: MarkdownJsPlan['planned'] = [],
): TextRewrite {
  if (!text.includes(V1_SEGMENT) && !text.includes(TODO_MARKER_TAG))
    return { output: text, changed: false, todos: placeBlockTodos(text, jsBlocks, (o) => o) };
  const inJsBlock = (offset: number) => jsBlocks.some((b) => offset >= b.start && offset < b.end);
  // Mentions inside the Markdown JS blocks the JS engine planned are its sites (their TODOs come with them).
  const sites = analyzeShell(text, { kind }).sites.filter(
    (s) => s.kind !== 'mention' || !inJsBlock(s.offset),
  );
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
  todos.push(...placeBlockTodos(output, jsBlocks, mapOffset));
  return { output, changed: output !== text, todos: todos.sort((a, b) => a.line - b.line) };
}

/** The TODOs of the JS blocks (lines relative to each block) at their lines in the output. */
function placeBlockTodos(
  output: string,
  jsBlocks: MarkdownJsPlan['planned'],
  mapOffset: (offset: number) => number,
): TextRewrite['todos'] {
  return jsBlocks.flatMap((b) => {
    const first = lineAt(output, mapOffset(b.start));
    return b.todos.map((t) => ({ ...t, line: first + t.line - 1 }));
  });
}

function severityOf(code: string | undefined): string | undefined {
  return code && code in RULES_BY_CODE ? RULES_BY_CODE[code as RuleCode].severity : undefined;
}

import type { AnyPath } from '../ast/types.ts';

import { redactSecrets, formatTodoMarker, RULES_BY_CODE, type RuleCode } from 'rb-migrate-runtime/mapping';
import type { SdkPlanContext } from './types.ts';

/**
 * Queues a coded TODO on its own line above the statement holding `path`, at that statement's
 * indentation. Nothing is inserted when the line above already carries the same marker (re-runs).
 */
export function addSdkTodo(
  ctx: SdkPlanContext,
  path: AnyPath,
  code: RuleCode | string,
  valueText: string,
  fullMessage?: string,
): void {
  const rule = RULES_BY_CODE[code as RuleCode];
  // Redacted before it is cut short, so no partial secret survives the cut.
  const flat = redactSecrets(valueText.replace(/\s+/g, ' ').trim());
  const shown = flat.length > 80 ? `${flat.slice(0, 77)}...` : flat;
  const message = fullMessage ?? `${rule.message.split('{value}').join(shown)}. ${rule.hint}`;
  const marker = formatTodoMarker(code, message);
  const statement = enclosingStatement(path);
  const start: number = statement.node.start;
  const lineStart = ctx.source.lastIndexOf('\n', start - 1) + 1;
  const prefix = ctx.source.slice(lineStart, start);
  const indent = /^[ \t]*$/.test(prefix) ? prefix : (/^[ \t]*/.exec(prefix)?.[0] ?? '');
  const previousLineEnd = lineStart - 1;
  const previousLine = ctx.source
    .slice(ctx.source.lastIndexOf('\n', previousLineEnd - 1) + 1, Math.max(previousLineEnd, 0))
    .replace(/\r$/, '');
  if (ctx.todos.some((t) => t.offset === lineStart && t.message === message)) return;
  ctx.todos.push({ offset: lineStart, code, message });
  if (previousLine.trim() === marker) return;
  ctx.edits.push({ start: lineStart, end: lineStart, text: `${indent}${marker}${ctx.eol}`, kind: 'todo' });
}

function enclosingStatement(path: AnyPath): AnyPath {
  let p = path;
  while (p.parent) {
    const parentNode = p.parent.node;
    if (
      parentNode.type === 'Program' ||
      parentNode.type === 'BlockStatement' ||
      parentNode.type === 'StaticBlock' ||
      parentNode.type === 'SwitchCase' ||
      parentNode.type === 'TSModuleBlock'
    ) {
      if (p.node.type === 'ExpressionStatement' || /Statement|Declaration$/.test(p.node.type)) return p;
    }
    p = p.parent;
  }
  return p;
}

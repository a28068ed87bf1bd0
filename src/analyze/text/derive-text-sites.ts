import { diffLines } from 'diff';
import type { RuleCode } from 'rb-migrate-runtime/mapping';
import { classifyTodo } from '../classify-todo.ts';
import { createLineIndex } from '../create-line-index.ts';
import type { Site } from '../model.ts';

/**
 * The sites of a file planned by a text surface (JSON, shell, Markdown): each run of lines the plan changes
 * (marker lines aside) is one migrated site, and each TODO the plan reports without a change is a site left
 * V1 (strict JSON cannot hold a marker, so these are the only trace there).
 */
export function deriveTextSites(
  input: string,
  output: string,
  todos: readonly { line: number; code: string; message: string }[],
  group: string,
): Site[] {
  const lines = createLineIndex(input);
  const lineStarts = [0];
  for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const sites: Site[] = [];
  let line = 1;
  let pending: { from: number; to: number } | undefined;
  const flush = () => {
    if (!pending) return;
    let start = lineStarts[pending.from - 1] ?? input.length;
    // A changed value that opens on the line above (`"body": {`) starts there.
    const above = lineStarts[pending.from - 2];
    if (above !== undefined && /[{[]\s*$/.test(input.slice(above, start))) start = above;
    const end = lineStarts[pending.to] ?? input.length;
    sites.push({
      kind: 'text-url',
      rule: 'RB306',
      start,
      end: Math.max(end, start + 1),
      ...lines.position(start),
      decision: { kind: 'migrate' },
      group,
    });
    pending = undefined;
  };
  for (const part of diffLines(input, output)) {
    const count = part.count ?? part.value.split('\n').length - 1;
    if (part.added) {
      const meaningful = part.value.split('\n').some((l) => l.trim() && !isMarkerOnly(l));
      if (meaningful) pending ??= { from: line, to: line };
      continue;
    }
    if (part.removed) {
      pending = pending ? { from: pending.from, to: line + count - 1 } : { from: line, to: line + count - 1 };
      line += count;
      continue;
    }
    flush();
    line += count;
  }
  flush();
  const migrated = sites.length > 0;
  for (const todo of todos) {
    if (migrated && classifyTodo(todo.code) === 'loss') continue;
    const start = lineStarts[Math.min(todo.line, lineStarts.length) - 1] ?? 0;
    if (sites.some((s) => s.decision.kind !== 'leave' && start >= s.start && start < s.end)) continue;
    sites.push({
      kind: 'other',
      rule: todo.code as RuleCode,
      start,
      end: start + 1,
      ...lines.position(start),
      decision: { kind: 'leave', code: todo.code, message: todo.message },
      group,
    });
  }
  return sites;
}

/** A line that only holds a TODO marker, in any comment syntax (block, line, hash or HTML comment). */
function isMarkerOnly(line: string): boolean {
  return /^\s*(?:\/\*|\/\/|#|<!--)\s*rb-migrate RB\d{3}:/.test(line);
}

import { formatTodoMarker, TODO_MARKER_PATTERN } from '../spec/todo-marker.ts';
import type { CodemodContext, TodoRequest } from './codemod-context.ts';
import type { MigrationEdit } from './types.ts';

/**
 * Turns TODO requests into insertions: one marker line per TODO above the statement's first line, at its
 * indentation, in the file's line ending. A marker already present right above (from an earlier run) is
 * not inserted again.
 */
export function placeTodos(ctx: CodemodContext, requests: readonly TodoRequest[]): MigrationEdit[] {
  const { source } = ctx;
  const byLine = new Map<number, string[]>();
  for (const r of requests) {
    const lineStart = source.lastIndexOf('\n', r.statementStart - 1) + 1;
    const markers = byLine.get(lineStart) ?? [];
    const marker = formatTodoMarker(r.code, r.message);
    if (!markers.includes(marker)) markers.push(marker);
    byLine.set(lineStart, markers);
  }
  const edits: MigrationEdit[] = [];
  for (const [lineStart, markers] of byLine) {
    const indent = /^[ \t]*/.exec(source.slice(lineStart))![0];
    const existing = markersAbove(source, lineStart);
    const fresh = markers.filter((m) => !existing.has(m));
    if (!fresh.length) continue;
    edits.push({
      start: lineStart,
      end: lineStart,
      text: fresh.map((m) => `${indent}${m}${ctx.style.eol}`).join(''),
      kind: 'todo',
    });
  }
  return edits;
}

/** The markers on the lines directly above a line (a contiguous block of marker-only lines). */
function markersAbove(source: string, lineStart: number): Set<string> {
  const found = new Set<string>();
  let end = lineStart;
  while (end > 0) {
    const prevStart = source.lastIndexOf('\n', end - 2) + 1;
    const line = source
      .slice(prevStart, end)
      .replace(/\r?\n$/, '')
      .trim();
    const m = TODO_MARKER_PATTERN.exec(line);
    if (!m || m.index !== 0 || m[0].length !== line.length) break;
    found.add(line);
    end = prevStart;
  }
  return found;
}

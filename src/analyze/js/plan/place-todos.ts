import { formatTodoMarker, TODO_MARKER_PATTERN } from 'rb-migrate-runtime/mapping';
import type { CodemodContext, TodoRequest } from '../codemod-context.ts';
import type { MigrationEdit } from '../types.ts';

/**
 * Turns TODO requests into insertions: one marker line per TODO above the statement's first line, at its
 * indentation, in the file's line ending (inline before the statement when other code precedes it on its
 * line). A marker already present there (from an earlier run) is not inserted again.
 */
export function placeTodos(ctx: CodemodContext, requests: readonly TodoRequest[]): MigrationEdit[] {
  const { source } = ctx;
  // Own line above the statement when it starts its line; otherwise (code before it on the same line, which
  // may even be the inside of a multi-line template) inline, right before the statement.
  const byAnchor = new Map<number, { inline: boolean; markers: string[] }>();
  for (const r of requests) {
    const lineStart = source.lastIndexOf('\n', r.statementStart - 1) + 1;
    const inline = !/^[ \t]*$/.test(source.slice(lineStart, r.statementStart));
    const anchor = inline ? r.statementStart : lineStart;
    const entry = byAnchor.get(anchor) ?? { inline, markers: [] };
    const marker = formatTodoMarker(r.code, r.message);
    if (!entry.markers.includes(marker)) entry.markers.push(marker);
    byAnchor.set(anchor, entry);
  }
  const edits: MigrationEdit[] = [];
  for (const [anchor, { inline, markers }] of byAnchor) {
    if (inline) {
      const before = source.slice(source.lastIndexOf('\n', anchor - 1) + 1, anchor);
      const fresh = markers.filter((m) => !before.includes(m));
      if (fresh.length)
        edits.push({ start: anchor, end: anchor, text: fresh.map((m) => `${m} `).join(''), kind: 'todo' });
      continue;
    }
    const indent = /^[ \t]*/.exec(source.slice(anchor))![0];
    const existing = markersAbove(source, anchor);
    const fresh = markers.filter((m) => !existing.has(m));
    if (!fresh.length) continue;
    edits.push({
      start: anchor,
      end: anchor,
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

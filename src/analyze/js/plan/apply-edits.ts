import type { MigrationEdit } from '../types.ts';

/**
 * Splices the edits into the original text (end-exclusive offsets). Bytes outside the edit ranges are
 * copied unchanged. Overlapping edits are a bug in the planner and throw.
 */
export function applyEdits(source: string, edits: readonly MigrationEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.start < cursor) throw new Error(`overlapping edits at ${edit.start}`);
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}

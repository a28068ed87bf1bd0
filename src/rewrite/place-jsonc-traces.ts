import { TODO_MARKER_TAG } from 'rb-migrate-runtime/mapping';
import type { MigrationTodo } from '../analyze/js/types.ts';

/**
 * JSONC can hold a trace: each todo of a rewritten document that `traced` selects becomes a
 * `// rb-migrate RBxxx: …` line above the line it is about (same indentation), so `check` keeps failing on it
 * (RB305) until a human resolves it. Every todo comes back with its line in the traced text (a traced one on
 * its own trace line).
 */
export function placeJsoncTraces(
  output: string,
  todos: readonly MigrationTodo[],
  traced: (todo: MigrationTodo) => boolean,
): { output: string; todos: MigrationTodo[] } {
  const lines = output.split('\n');
  const above = new Map<number, string[]>();
  for (const todo of todos.filter(traced)) {
    const indent = /^[ \t]*/.exec(lines[todo.line - 1] ?? '')![0];
    const clean = todo.message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
    above.set(todo.line, [
      ...(above.get(todo.line) ?? []),
      `${indent}// ${TODO_MARKER_TAG} ${todo.code}: ${clean}`,
    ]);
  }
  if (above.size === 0) return { output, todos: [...todos] };
  const out: string[] = [];
  /** old line → new line of its first trace (or of itself when it has none) */
  const moved = new Map<number, number>();
  lines.forEach((line, i) => {
    moved.set(i + 1, out.length + 1);
    out.push(...(above.get(i + 1) ?? []), line);
  });
  const rank = new Map<number, number>();
  const placed = todos.map((todo) => {
    const first = moved.get(todo.line) ?? todo.line;
    if (!traced(todo)) return { ...todo, line: first + (above.get(todo.line)?.length ?? 0) };
    const k = rank.get(todo.line) ?? 0;
    rank.set(todo.line, k + 1);
    return { ...todo, line: first + k };
  });
  return { output: out.join('\n'), todos: placed };
}

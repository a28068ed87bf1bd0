import type { MigrationTodo } from '../analyze/js/types.ts';
import { createLineIndex } from '../analyze/create-line-index.ts';
import type { Site } from '../analyze/model.ts';
import { formatMessage, RULES_BY_CODE, formatTodoMarker } from 'rb-migrate-runtime/mapping';

/**
 * A JS/TS server serving V1 paths to a Postman collection of the project (decideSites): left V1 as a whole,
 * with an RB251 TODO above the statement of each route (once: a marker already there from an earlier run is
 * kept). Each route is a site left V1 that stands for every V1 finding of the file.
 */
export function leaveProxyServer(
  text: string,
  path: string,
  routes: readonly { offset: number; value: string }[],
): { output: string; todos: MigrationTodo[]; sites: Site[] } {
  const lines = createLineIndex(text);
  const rule = RULES_BY_CODE.RB251;
  const inserts = new Map<number, string>();
  const sites: Site[] = [];
  for (const route of routes) {
    const message = `${formatMessage(rule.message, { value: route.value })}. ${rule.hint}`;
    const at = lines.position(route.offset);
    const lineStart = route.offset - (at.column - 1);
    const marker = formatTodoMarker(rule.code, message);
    const indent = /^[ \t]*/.exec(lines.text(at.line))![0];
    if (!lines.text(at.line - 1).includes(marker) && !inserts.has(lineStart))
      inserts.set(lineStart, `${indent}${marker}\n`);
    sites.push({
      kind: 'endpoint',
      rule: 'RB251',
      start: route.offset,
      end: route.offset + route.value.length + 1,
      ...at,
      decision: { kind: 'leave', code: 'RB251', message },
      group: path,
      value: route.value,
      covers: [{ start: 0, end: text.length }],
    });
  }
  let output = '';
  let from = 0;
  for (const [at, insert] of [...inserts].sort((a, b) => a[0] - b[0])) {
    output += text.slice(from, at) + insert;
    from = at;
  }
  output += text.slice(from);
  return {
    output,
    todos: sites.map((s) => ({
      line: s.line + [...inserts.keys()].filter((k) => k <= s.start).length,
      code: 'RB251',
      message: s.decision.kind === 'leave' ? s.decision.message : '',
    })),
    sites,
  };
}

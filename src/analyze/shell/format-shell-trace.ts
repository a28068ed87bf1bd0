import { TODO_MARKER_TAG } from 'rb-migrate-runtime/mapping';

/**
 * A trace in the file's own comment syntax: `# rb-migrate RB230: …` in shell, `<!-- rb-migrate RB230: … -->`
 * in Markdown (outside the code block). One line; `-->` in a Markdown message is defused.
 */
export function formatShellTrace(kind: 'shell' | 'markdown', code: string, message: string): string {
  const clean = message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  if (kind === 'markdown') return `<!-- ${TODO_MARKER_TAG} ${code}: ${clean.replace(/--+>/g, '- ->')} -->`;
  return `# ${TODO_MARKER_TAG} ${code}: ${clean}`;
}

/** Every shell-comment (`# rb-migrate RBxxx: …`) and HTML-comment trace in a text. */
export function findShellTraces(
  text: string,
): Array<{ code: string; message: string; index: number; length: number }> {
  const found: Array<{ code: string; message: string; index: number; length: number }> = [];
  const pattern =
    /(?:^|(?<=\s))(?:#[ \t]*rb-migrate (RB\d{3}): ([^\r\n]*)|<!--[ \t]*rb-migrate (RB\d{3}): ((?:(?!-->)[^\n])*?)[ \t]*-->)/gm;
  for (const m of text.matchAll(pattern)) {
    found.push({ code: m[1] ?? m[3]!, message: (m[2] ?? m[4]!).trim(), index: m.index, length: m[0].length });
  }
  return found;
}

/** Whether the comment lines right above `lineStart` already carry a trace with this code. */
export function hasTraceAbove(text: string, lineStart: number, code: string): boolean {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (!line.startsWith('#') && !line.startsWith('<!--')) return false;
    if (line.includes(`${TODO_MARKER_TAG} ${code}:`)) return true;
    end = start - 1;
  }
  return false;
}

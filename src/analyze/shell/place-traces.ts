import { formatShellTrace, hasTraceAbove } from './format-shell-trace.ts';
import type { ShellCommand, ShellEdit } from './types.ts';
import { type Context } from './collect-script-context.ts';

export function traceOffset(ctx: Context, command: ShellCommand): number {
  return ctx.region.traceAt ?? command.lineStart;
}

export function traceEdits(
  ctx: Context,
  traces: ReadonlyArray<{ code: string; message: string; offset: number }>,
): ShellEdit[] {
  const edits: ShellEdit[] = [];
  const seen = new Set<string>();
  for (const t of traces) {
    const key = `${t.offset}:${t.code}`;
    if (seen.has(key) || hasTraceAbove(ctx.text, t.offset, t.code)) continue;
    seen.add(key);
    const indent = ctx.region.kind === 'markdown' ? '' : /^[ \t]*/.exec(ctx.text.slice(t.offset))![0];
    edits.push({
      offset: t.offset,
      length: 0,
      content: `${indent}${formatShellTrace(ctx.region.kind, t.code, t.message)}\n`,
    });
  }
  return edits;
}

import { type CurlCommand } from './read-curl.ts';
import type { ShellEdit, ShellWord } from './types.ts';
import { type Context } from './collect-script-context.ts';

/** Drops `x-gw-ims-org-id` (not part of V2) and adds `Content-Type: application/json` when missing. */
export function fixHeaders(ctx: Context, curl: CurlCommand, dataFlag: ShellWord): ShellEdit[] {
  const edits: ShellEdit[] = [];
  let hasType = false;
  let quote = "'";
  for (const { flag, value } of curl.headers) {
    const header = (value.value ?? value.raw).replace(/^['"]/, '').toLowerCase();
    if (value.quote) quote = value.quote;
    if (header.startsWith('content-type:')) hasType = true;
    if (header.startsWith('x-gw-ims-org-id:')) {
      const next = nextWordStart(ctx.text, value.end);
      edits.push({ offset: flag.start, length: next - flag.start, content: '' });
    }
  }
  if (!hasType) {
    const lineStart = ctx.text.lastIndexOf('\n', dataFlag.start - 1) + 1;
    const before = ctx.text.slice(lineStart, dataFlag.start);
    const continued =
      /^[ \t]*$/.test(before) && /\\\r?\n$/.test(ctx.text.slice(Math.max(0, lineStart - 3), lineStart));
    const header = `-H ${quote}Content-Type: application/json${quote}`;
    edits.push({
      offset: dataFlag.start,
      length: 0,
      content: continued ? `${header} \\\n${before}` : `${header} `,
    });
  }
  return edits;
}

export function nextWordStart(text: string, from: number): number {
  const m = /^(?:[ \t]|\\\r?\n)*/.exec(text.slice(from));
  return from + m![0].length;
}

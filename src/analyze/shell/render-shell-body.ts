import { SPLICE_PATTERN, type BodyTemplate } from './build-body-template.ts';

/**
 * Writes a V2 request back as shell text in the style of the V1 body it replaces: the same quoting
 * (`'…'` with splices as `'"$x"'`/`'$x'`, `"…"` with escapes, or a here-document body), the same
 * indentation unit and base indentation, compact when the original was on one line.
 */
export function renderShellBody(
  request: unknown,
  template: BodyTemplate,
  style: "'" | '"' | 'heredoc',
): string {
  const json = serialize(request, template.text);
  const splice = (i: string, inQuotes: "'" | '"' | undefined): string => {
    const s = template.splices[Number(i)]!;
    if (inQuotes === "'") return `'${s.quoted ? `"${s.raw}"` : s.raw}'`;
    return s.raw;
  };
  const pattern = new RegExp(SPLICE_PATTERN.source, 'g');
  if (style === 'heredoc') return json.replace(pattern, (_, i: string) => splice(i, undefined));
  if (style === '"')
    return `"${json.replace(/[\\"$`]/g, (c) => `\\${c}`).replace(pattern, (_, i: string) => splice(i, '"'))}"`;
  return `'${json.replace(/'/g, `'\\''`).replace(pattern, (_, i: string) => splice(i, "'"))}'`;
}

function serialize(request: unknown, original: string): string {
  // One line: compact, with the whitespace around it kept (a here-document body ends with its newline,
  // which must stay or the body runs into the delimiter line).
  if (!original.trim().includes('\n'))
    return /^\s*/.exec(original)![0] + JSON.stringify(request) + /\s*$/.exec(original)![0];
  const lines = original.replace(/\s+$/, '').split('\n');
  const base = /^[ \t]*/.exec(lines[lines.length - 1]!)![0];
  const second = /^[ \t]*/.exec(lines[1] ?? '')![0];
  const unit = second.length > base.length ? second.slice(base.length) : '  ';
  const trailing = /\n[ \t]*$/.exec(original)?.[0] ?? '';
  const leading = /^\s*/.exec(original)![0];
  return leading + JSON.stringify(request, null, unit).split('\n').join(`\n${base}`) + trailing;
}

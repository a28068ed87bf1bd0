import type { SourceStyle } from './codemod-context.ts';

/** The file's conventions that new code must follow: quote character, indentation unit, line ending. */
export function detectStyle(source: string): SourceStyle {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const singles = (source.match(/(^|[\s(,:=[{])'/g) ?? []).length;
  const doubles = (source.match(/(^|[\s(,:=[{])"/g) ?? []).length;
  const quote = doubles > singles ? '"' : "'";
  let tabs = 0;
  const widths = new Map<number, number>();
  for (const line of source.split('\n')) {
    const m = /^([ \t]+)\S/.exec(line);
    if (!m?.[1]) continue;
    if (m[1].startsWith('\t')) tabs++;
    else widths.set(m[1].length, (widths.get(m[1].length) ?? 0) + 1);
  }
  const spaced = [...widths.values()].reduce((a, b) => a + b, 0);
  if (tabs > spaced) return { quote, indentUnit: '\t', eol };
  const smallest = [...widths.keys()].filter((w) => w > 0).sort((a, b) => a - b)[0];
  const unit = smallest && smallest <= 8 ? smallest : 2;
  return { quote, indentUnit: ' '.repeat(unit), eol };
}

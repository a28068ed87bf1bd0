import type { AnyPath, CodemodContext } from '../codemod-context.ts';

/** How an object literal is written (quote, one line or several, indents, trailing comma), to print its replacement alike. */
export function readLiteralLayout(ctx: CodemodContext, object: AnyPath) {
  const node = object.node;
  const source = ctx.source;
  const text = source.slice(node.start, node.end);
  const indentOfLine = (offset: number) => {
    const lineStart = source.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(source.slice(lineStart))![0];
  };
  const closeIndent = indentOfLine(node.end - 1);
  const first = node.properties[0];
  const last = node.properties[node.properties.length - 1];
  const firstOnOwnLine =
    first &&
    /\n[ \t]*$/.test(source.slice(node.start, first.start).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''));
  const innerIndent = firstOnOwnLine ? indentOfLine(first.start) : closeIndent + ctx.style.indentUnit;
  const tail = last ? source.slice(last.end, node.end - 1).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '') : '';
  const quoteMatch = /(['"])/.exec(text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, ''));
  const quote = (quoteMatch?.[1] as "'" | '"' | undefined) ?? ctx.style.quote;
  return {
    style: { ...ctx.style, quote },
    multiline: text.includes('\n'),
    innerIndent,
    closeIndent,
    trailingComma: tail.includes(','),
  };
}

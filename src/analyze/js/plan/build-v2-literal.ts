import type { SourceStyle } from '../codemod-context.ts';

export interface V2LiteralLayout {
  style: SourceStyle;
  /** One property per line (when the V1 literal was written that way). */
  multiline: boolean;
  /** Indentation of the properties and of the closing brace (multiline only). */
  innerIndent: string;
  closeIndent: string;
  trailingComma: boolean;
  /** Dotted V2 path → source text to emit verbatim there (values moved from the V1 literal). */
  textAt: ReadonlyMap<string, string>;
  /** Dotted V2 path → comments to write before that key. */
  commentsAt: ReadonlyMap<string, readonly string[]>;
  /** Comments to write before the first key (from V1 properties that have no V2 place). */
  leadingComments: readonly string[];
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Prints the translator's V2 request as an object literal in the file's style. Values the codemod moved
 * are written as their original source text; every other value is printed as a literal. A placeholder
 * that has no source text is a bug and throws (the caller leaves the site unchanged).
 */
export function buildV2Literal(
  request: Record<string, unknown>,
  layout: V2LiteralLayout,
  isPlaceholder: (value: unknown) => boolean,
): string {
  const { style } = layout;
  const quoteKey = (k: string) => (IDENTIFIER.test(k) ? k : quote(k, style.quote));

  const printValue = (value: unknown, path: string, indent: string): string => {
    const text = layout.textAt.get(path);
    if (text !== undefined) return text;
    if (isPlaceholder(value)) throw new Error(`no source text for ${path}`);
    if (typeof value === 'string') return quote(value, style.quote);
    if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value))
      return `[${value.map((v, i) => printValue(v, `${path}.${i}`, indent)).join(', ')}]`;
    if (typeof value === 'object')
      return printObject(value as Record<string, unknown>, path, false, indent + style.indentUnit, indent);
    throw new Error(`cannot print ${typeof value} at ${path}`);
  };

  const printObject = (
    obj: Record<string, unknown>,
    path: string,
    multiline: boolean,
    inner: string,
    close: string,
  ): string => {
    const entries = Object.keys(obj).map((key, i) => {
      const childPath = path ? `${path}.${key}` : key;
      const comments = [
        ...(path === '' && i === 0 ? layout.leadingComments : []),
        ...(layout.commentsAt.get(childPath) ?? []),
      ];
      return { key, comments, value: printValue(obj[key], childPath, inner) };
    });
    if (entries.length === 0) return '{}';
    const forced = entries.some((e) => e.comments.some((c) => c.startsWith('//')) || e.value.includes('\n'));
    if (!multiline && !forced)
      return `{ ${entries.map((e) => [...e.comments, `${quoteKey(e.key)}: ${e.value}`].join(' ')).join(', ')} }`;
    const lines = entries.map((e, i) => {
      const comma = i < entries.length - 1 || layout.trailingComma ? ',' : '';
      return (
        e.comments.map((c) => `${inner}${c}${style.eol}`).join('') +
        `${inner}${quoteKey(e.key)}: ${e.value}${comma}`
      );
    });
    return `{${style.eol}${lines.join(style.eol)}${style.eol}${close}}`;
  };

  return printObject(request, '', layout.multiline, layout.innerIndent, layout.closeIndent);
}

function quote(value: string, q: "'" | '"'): string {
  const json = JSON.stringify(value);
  if (q === '"') return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

import type { ShellWord, WordPart } from './types.ts';

/**
 * The words of one command's text: split at unquoted blanks and backslash-newlines, stopping at a comment;
 * each word keeps its parts (literal text with the quote it came from, and expansions `$x`, `${x}`, `$(…)`,
 * `` `…` ``), so a curl body `'{"href": "'"$url"'"}'` is known as text + `$url` + text.
 */
export function readWords(text: string, from: number, to: number): ShellWord[] {
  const words: ShellWord[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    if (c === '#') break;
    const start = i;
    const parts: WordPart[] = [];
    let quote: ShellWord['quote'];
    const pushText = (t: string, s: number, e: number, q: "'" | '"' | undefined) => {
      const last = parts[parts.length - 1];
      if (last?.kind === 'text' && last.quote === q && last.end === s) {
        last.text += t;
        last.end = e;
      } else parts.push({ kind: 'text', text: t, start: s, end: e, quote: q });
    };
    while (i < to && !/[ \t\n\r]/.test(text[i]!)) {
      const ch = text[i]!;
      if (ch === '\\' && (text[i + 1] === '\n' || text[i + 1] === '\r')) break;
      if (ch === "'") {
        quote ??= "'";
        const end = text.indexOf("'", i + 1);
        const stop = end === -1 || end > to ? to : end;
        pushText(text.slice(i + 1, stop), i + 1, stop, "'");
        i = stop + 1;
      } else if (ch === '"') {
        quote ??= '"';
        i = readDoubleQuoted(text, i + 1, to, parts, pushText);
      } else if (ch === '\\') {
        pushText(text[i + 1] ?? '', i, i + 2, undefined);
        i += 2;
      } else if (ch === '$' || ch === '`') {
        const part = readExpansionPart(text, i, to, undefined);
        if (part) {
          parts.push(part);
          i = part.end;
        } else {
          pushText(ch, i, i + 1, undefined);
          i++;
        }
      } else {
        pushText(ch, i, i + 1, undefined);
        i++;
      }
    }
    const end = Math.min(i, to);
    const value = parts.every((p) => p.kind === 'text')
      ? parts.map((p) => (p as { text: string }).text).join('')
      : undefined;
    words.push({ start, end, raw: text.slice(start, end), parts, value, quote });
  }
  return words;
}

function readExpansionPart(
  text: string,
  at: number,
  to: number,
  quote: '"' | undefined,
): WordPart | undefined {
  const e = readExpansion(text, at, to);
  return e && { kind: 'expansion', raw: text.slice(at, e.end), name: e.name, start: at, end: e.end, quote };
}

function readDoubleQuoted(
  text: string,
  from: number,
  to: number,
  parts: WordPart[],
  pushText: (t: string, s: number, e: number, q: "'" | '"' | undefined) => void,
): number {
  let j = from;
  while (j < to && text[j] !== '"') {
    const ch = text[j]!;
    if (ch === '\\' && j + 1 < to && '\\"$`\n'.includes(text[j + 1]!)) {
      pushText(text[j + 1]!, j, j + 2, '"');
      j += 2;
    } else if (ch === '$' || ch === '`') {
      const part = readExpansionPart(text, j, to, '"');
      if (part) {
        parts.push(part);
        j = part.end;
      } else {
        pushText(ch, j, j + 1, '"');
        j++;
      }
    } else {
      pushText(ch, j, j + 1, '"');
      j++;
    }
  }
  return j + 1;
}

/** `$name`, `${…}`, `$(…)`, `$((…))`, `` `…` `` starting at `at`; undefined for a lone `$`. */
export function readExpansion(
  text: string,
  at: number,
  to: number,
): { end: number; name: string | undefined } | undefined {
  if (text[at] === '`') {
    const end = text.indexOf('`', at + 1);
    return { end: end === -1 || end >= to ? to : end + 1, name: undefined };
  }
  const next = text[at + 1];
  const simple = /^[A-Za-z_]\w*|^[0-9@*#?$!-]/.exec(text.slice(at + 1, Math.min(to, at + 200)));
  if (simple && next !== '{' && next !== '(')
    return { end: at + 1 + simple[0].length, name: /^[A-Za-z_]/.test(simple[0]) ? simple[0] : undefined };
  if (next === '{') {
    const end = text.indexOf('}', at + 2);
    if (end === -1 || end >= to) return undefined;
    const inner = text.slice(at + 2, end);
    const name = /^([A-Za-z_]\w*)(?:$|[:#%/^,-])/.exec(inner)?.[1];
    return { end: end + 1, name };
  }
  if (next === '(') {
    let depth = 0;
    for (let j = at + 1; j < to; j++) {
      const ch = text[j]!;
      if (ch === "'") j = Math.max(j, text.indexOf("'", j + 1));
      else if (ch === '(') depth++;
      else if (ch === ')' && --depth === 0) return { end: j + 1, name: undefined };
    }
    return { end: to, name: undefined };
  }
  return undefined;
}

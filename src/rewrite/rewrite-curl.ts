import { hasV1Shape } from '../analyze/has-v1-shape.ts';
import type { V1Endpoint } from '../spec/endpoints.ts';
import { RULES_BY_CODE } from '../spec/rules.ts';
import { formatMessage } from '../spec/format-message.ts';
import { createV1PathPattern } from '../spec/v1-path-pattern.ts';
import { toV2 } from '../translate/to-v2.ts';
import { translateUrl } from '../translate/translate-url.ts';
import { applyTextEdits, type TextEdit } from './apply-text-edits.ts';
import { lineAt } from '../analyze/line-at.ts';
import type { TextRewrite } from './rewrite-json.ts';
import { V1_SEGMENT } from '../spec/endpoints.ts';

const SHELL_FENCES = new Set(['', 'sh', 'bash', 'shell', 'zsh', 'console', 'shell-session', 'curl', 'ksh']);
const DATA_FLAGS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii']);

interface Token {
  start: number;
  end: number;
  raw: string;
  /** Unquoted value; undefined when it holds an expansion ($VAR, $(…), `…`) we cannot know. */
  value: string | undefined;
  quote: "'" | '"' | undefined;
}

/**
 * Rewrites `curl` commands in a shell script (`mode: 'shell'`) or in the shell code blocks of a Markdown file
 * (`mode: 'markdown'`): V1 URLs become V2 URLs (translateUrl) and a `-d/--data` JSON body with the V1 shape is
 * translated with toV2 (keeping quoting and indentation style). A body that is not literal JSON (a variable,
 * `@file`) is reported as a todo and left alone; so are V1 URLs outside curl commands and translator
 * warnings, since shell has no rb-migrate marker form.
 */
export function rewriteCurl(text: string, mode: 'shell' | 'markdown'): TextRewrite {
  if (!text.includes(V1_SEGMENT)) return { output: text, changed: false, todos: [] };
  const edits: TextEdit[] = [];
  const todos: Array<{ offset: number; code: string; message: string }> = [];
  for (const [from, to] of mode === 'shell' ? [[0, text.length] as const] : findShellBlocks(text)) {
    rewriteShell(text, from, to, edits, todos);
  }
  const { output, mapOffset } = applyTextEdits(text, edits);
  return {
    output,
    changed: output !== text,
    todos: todos
      .map((t) => ({ line: lineAt(output, mapOffset(t.offset)), code: t.code, message: t.message }))
      .sort((a, b) => a.line - b.line),
  };
}

function findShellBlocks(text: string): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const fence = /^([ \t]*)(`{3,}|~{3,})[ \t]*([\w-]*)[^\n]*\n/gm;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text))) {
    const marker = m[2]!;
    const start = m.index + m[0].length;
    const close = new RegExp(`^[ \\t]*${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`, 'm');
    const rest = text.slice(start);
    const end = close.exec(rest);
    const stop = end ? start + end.index : text.length;
    if (SHELL_FENCES.has(m[3]!.toLowerCase())) blocks.push([start, stop]);
    fence.lastIndex = end ? start + end.index + end[0].length : text.length;
  }
  return blocks;
}

function rewriteShell(
  text: string,
  from: number,
  to: number,
  edits: TextEdit[],
  todos: Array<{ offset: number; code: string; message: string }>,
): void {
  for (const [cmdStart, cmdEnd] of splitCommands(text, from, to)) {
    const command = text.slice(cmdStart, cmdEnd);
    if (!command.includes(V1_SEGMENT)) continue;
    const tokens = tokenize(text, cmdStart, cmdEnd);
    const isCurl = tokens.some((t) => t.value === 'curl' || /(^|\/)curl$/.test(t.value ?? ''));
    if (!isCurl) {
      for (const m of command.matchAll(createV1PathPattern('g'))) {
        if (isCommentAt(text, cmdStart + m.index)) continue;
        todos.push({
          offset: cmdStart,
          code: 'RB306',
          message: `${formatMessage(RULES_BY_CODE.RB306.message, { value: `/${m[2]}` })} outside a curl command; update it by hand`,
        });
      }
      continue;
    }
    let endpoint: V1Endpoint | undefined;
    for (const t of tokens) {
      if (!t.raw.includes(V1_SEGMENT)) continue;
      const translated = translateAll(t.raw);
      if (translated.url === t.raw) continue;
      edits.push({ offset: t.start, length: t.end - t.start, content: translated.url });
      if (translated.mode === 'cutout' || translated.mode === 'mask') endpoint ??= translated.mode;
    }
    if (!endpoint) continue;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let data: Token | undefined;
      if (t.value !== undefined && DATA_FLAGS.has(t.value)) data = tokens[i + 1];
      else if (t.value !== undefined && /^--data(?:-raw|-binary|-ascii)?=/.test(t.value)) data = undefined;
      if (!data) continue;
      const body = data.value;
      if (body === undefined || body.startsWith('@')) {
        const value = body ?? data.raw;
        todos.push({
          offset: cmdStart,
          code: 'RB201',
          message: formatMessage(RULES_BY_CODE.RB201.message, {
            value: `curl ${t.value} ${value.length > 40 ? `${value.slice(0, 37)}...` : value}`,
          }),
        });
        continue;
      }
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        todos.push({
          offset: cmdStart,
          code: 'RB201',
          message: formatMessage(RULES_BY_CODE.RB201.message, { value: 'curl body is not JSON' }),
        });
        continue;
      }
      if (!hasV1Shape(parsed)) continue;
      let result;
      try {
        result = toV2(parsed, { endpoint });
      } catch (error) {
        todos.push({
          offset: cmdStart,
          code: 'RB302',
          message: `V1 curl body left unchanged: ${(error as Error).message}`,
        });
        continue;
      }
      edits.push({
        offset: data.start,
        length: data.end - data.start,
        content: quote(serialize(result.request, body), data.quote),
      });
      for (const d of result.diagnostics)
        if (d.severity !== 'info') todos.push({ offset: cmdStart, code: d.code, message: d.message });
    }
  }
}

function translateAll(raw: string): { url: string; mode?: string } {
  let url = raw;
  let mode: string | undefined;
  for (let i = 0; i < 8; i++) {
    const t = translateUrl(url);
    if (!t || t.url === url) break;
    url = t.url;
    mode ??= t.mode;
  }
  return mode ? { url, mode } : { url };
}

function serialize(request: unknown, original: string): string {
  if (!original.includes('\n')) return JSON.stringify(request);
  const lines = original.split('\n');
  const base = /^[ \t]*/.exec(lines[lines.length - 1]!)![0];
  const second = /^[ \t]*/.exec(lines[1] ?? '')![0];
  const unit = second.length > base.length ? second.slice(base.length) : '  ';
  return JSON.stringify(request, null, unit).split('\n').join(`\n${base}`);
}

function quote(json: string, style: Token['quote']): string {
  if (style === '"') return `"${json.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
  return `'${json.replace(/'/g, `'\\''`)}'`;
}

/** Logical commands: lines joined by trailing backslashes, split at newlines, `;`, `&&`, `||`, `|` outside quotes. */
function splitCommands(text: string, from: number, to: number): Array<[number, number]> {
  const commands: Array<[number, number]> = [];
  let start = from;
  let q: string | undefined;
  for (let i = from; i < to; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '\\' && q === '"') i++;
      else if (c === q) q = undefined;
      continue;
    }
    if (c === '\\') {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
      continue;
    }
    if (c === "'" || c === '"') q = c;
    else if (c === '#' && (i === from || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = (nl === -1 || nl > to ? to : nl) - 1;
    } else if (c === '\n' || c === ';' || c === '|' || c === '&') {
      if (i > start) commands.push([start, i]);
      start = i + 1;
    }
  }
  if (to > start) commands.push([start, to]);
  return commands;
}

function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (/\s/.test(c) || (c === '\\' && text[i + 1] === '\n') || (c === '\\' && text[i + 1] === '\r')) {
      i += c === '\\' ? 2 : 1;
      continue;
    }
    if (c === '#' && (i === from || /\s/.test(text[i - 1]!))) break;
    const start = i;
    let value: string | undefined = '';
    let quoteStyle: Token['quote'];
    while (i < to && !/\s/.test(text[i]!)) {
      const ch = text[i]!;
      if (ch === "'") {
        const end = text.indexOf("'", i + 1);
        const stop = end === -1 || end > to ? to : end;
        if (value !== undefined) value += text.slice(i + 1, stop);
        quoteStyle ??= "'";
        i = stop + 1;
      } else if (ch === '"') {
        let j = i + 1;
        let v = '';
        while (j < to && text[j] !== '"') {
          if (text[j] === '\\' && j + 1 < to && '\\"$`\n'.includes(text[j + 1]!)) {
            v += text[j + 1];
            j += 2;
            continue;
          }
          if (text[j] === '$' || text[j] === '`') value = undefined;
          v += text[j];
          j++;
        }
        if (value !== undefined) value += v;
        quoteStyle ??= '"';
        i = j + 1;
      } else if (ch === '\\') {
        if (value !== undefined) value += text[i + 1] ?? '';
        i += 2;
      } else {
        if (ch === '$' || ch === '`') value = undefined;
        if (value !== undefined) value += ch;
        i++;
      }
    }
    const end = Math.min(i, to);
    tokens.push({ start, end, raw: text.slice(start, end), value, quote: quoteStyle });
  }
  return tokens;
}

function isCommentAt(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /(^|\s)#/.test(text.slice(lineStart, offset));
}

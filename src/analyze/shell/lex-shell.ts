import type { HereDoc, ShellCommand } from './types.ts';
import { readWords } from './read-words.ts';

interface Frame {
  type: 'top' | 'subst' | 'dq' | 'arith';
  parens: number;
  /** For `name=$(`: the variable, handed to the first command inside. */
  capture?: string;
  captureUsed?: boolean;
  /** Start of the line the frame's statement begins on. */
  lineStart: number;
}

interface PendingHereDoc {
  delimiter: string;
  quoted: boolean;
  dash: boolean;
}

/**
 * Splits shell text into simple commands: lines joined by backslash-newlines; new commands at newlines,
 * `;`, `|`, `&` and at `$(`/`)` (so `out=$(curl …)` yields the curl command with `capture: 'out'`); quotes,
 * `$((…))`, comments and here-document bodies never split (a body is attached to its command). A small hand
 * lexer: enough for the curl/jq scripts rb-migrate rewrites (see bench/README.md for the parser choice).
 */
export function lexShell(text: string, from = 0, to = text.length): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const stack: Frame[] = [{ type: 'top', parens: 0, lineStart: from }];
  let start = from;
  let after = '';
  let pending: PendingHereDoc[] = [];
  const top = () => stack[stack.length - 1]!;
  const splittable = () => stack.every((f) => f.type === 'top' || f.type === 'subst');
  const emit = (end: number, separator: string): void => {
    const frame = top();
    const words = readWords(text, start, end);
    if (words.length > 0) {
      const lineStart = frame.type === 'subst' ? frame.lineStart : lineStartOf(text, words[0]!.start, from);
      const command: ShellCommand = {
        start: words[0]!.start,
        end: words[words.length - 1]!.end,
        words,
        after,
        lineStart,
        indent: /^[ \t]*/.exec(text.slice(lineStart, to))![0],
      };
      if (frame.capture && !frame.captureUsed) {
        command.capture = frame.capture;
        frame.captureUsed = true;
      }
      commands.push(command);
      after = separator;
    } else if (!(separator === '\n' && after === '(')) after = separator;
    start = end + 1;
  };

  for (let i = from; i < to; i++) {
    const c = text[i]!;
    const frame = top();
    if (frame.type === 'dq') {
      if (c === '\\') i++;
      else if (c === '"') stack.pop();
      else if (c === '`') i = skipTo(text, i + 1, '`', to);
      else if (c === '$' && text[i + 1] === '(') {
        stack.push({ type: text[i + 2] === '(' ? 'arith' : 'subst', parens: 0, lineStart: frame.lineStart });
        i++;
      }
      continue;
    }
    if (c === '\\') {
      i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
      continue;
    }
    if (c === "'") {
      i = skipTo(text, i + 1, "'", to);
      continue;
    }
    if (c === '"') {
      stack.push({ type: 'dq', parens: 0, lineStart: frame.lineStart });
      continue;
    }
    if (c === '`') {
      i = skipTo(text, i + 1, '`', to);
      continue;
    }
    if (c === '#' && (i === from || /[\s;|&()]/.test(text[i - 1]!))) {
      const nl = text.indexOf('\n', i);
      i = (nl === -1 || nl > to ? to : nl) - 1;
      continue;
    }
    if (c === '$' && text[i + 1] === '(') {
      if (text[i + 2] === '(' || !splittable()) {
        stack.push({ type: text[i + 2] === '(' ? 'arith' : 'subst', parens: 0, lineStart: frame.lineStart });
        i++;
        continue;
      }
      const before = /(\w+)=$/.exec(text.slice(start, i));
      const lineStart = lineStartOf(text, i, from);
      emit(i, '(');
      stack.push({ type: 'subst', parens: 0, lineStart, ...(before ? { capture: before[1]! } : {}) });
      start = i + 2;
      after = '(';
      i++;
      continue;
    }
    if (frame.type === 'subst' || frame.type === 'arith') {
      if (c === '(') frame.parens++;
      else if (c === ')') {
        if (frame.parens > 0) frame.parens--;
        else {
          if (frame.type === 'subst' && splittable()) {
            emit(i, ')');
            stack.pop();
            continue;
          }
          stack.pop();
        }
        continue;
      }
    }
    if (!splittable()) continue;
    if (c === '<' && text[i + 1] === '<' && text[i + 2] !== '<' && text[i - 1] !== '<') {
      const m = /^<<(-?)[ \t]*(?:'([^'\n]+)'|"([^"\n]+)"|\\?([\w.-]+))/.exec(text.slice(i, to));
      if (m) {
        pending.push({
          delimiter: m[2] ?? m[3] ?? m[4]!,
          quoted: m[4] === undefined || m[0].includes('\\'),
          dash: m[1] === '-',
        });
        i += m[0].length - 1;
        continue;
      }
    }
    if (c === '\n' || c === ';' || c === '|' || c === '&') {
      emit(i, c);
      if (c === '\n' && pending.length > 0) {
        let at = i + 1;
        for (const doc of pending) {
          const body = findHereDocEnd(text, at, to, doc);
          const hereDoc: HereDoc = { start: at, end: body.end, quoted: doc.quoted };
          const last = commands[commands.length - 1];
          if (last && !last.hereDoc) last.hereDoc = hereDoc;
          at = body.next;
        }
        pending = [];
        i = at - 1;
        start = at;
      }
    }
  }
  emit(to, '');
  return commands;
}

function skipTo(text: string, from: number, quote: string, to: number): number {
  const end = text.indexOf(quote, from);
  return end === -1 || end >= to ? to - 1 : end;
}

function lineStartOf(text: string, offset: number, from: number): number {
  return Math.max(from, text.lastIndexOf('\n', offset - 1) + 1);
}

function findHereDocEnd(
  text: string,
  from: number,
  to: number,
  doc: PendingHereDoc,
): { end: number; next: number } {
  let at = from;
  while (at < to) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl === -1 || nl > to ? to : nl;
    let line = text.slice(at, lineEnd).replace(/\r$/, '');
    if (doc.dash) line = line.replace(/^\t+/, '');
    if (line === doc.delimiter) return { end: at, next: lineEnd };
    at = lineEnd + 1;
  }
  return { end: to, next: to };
}

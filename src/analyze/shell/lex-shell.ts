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

/** The lexer's state; `i` is the offset being read, each step may move it on. */
interface Lexer {
  text: string;
  from: number;
  to: number;
  i: number;
  /** Start of the current command's text. */
  start: number;
  /** The separator before the current command. */
  after: string;
  stack: Frame[];
  pending: PendingHereDoc[];
  commands: ShellCommand[];
}

/** Reads the character at `lx.i` if it is this step's; returns whether it was. */
type Step = (lx: Lexer, c: string, frame: Frame) => boolean;

/**
 * Splits shell text into simple commands: lines joined by backslash-newlines; new commands at newlines,
 * `;`, `|`, `&` and at `$(`/`)` (so `out=$(curl …)` yields the curl command with `capture: 'out'`); quotes,
 * `$((…))`, comments and here-document bodies never split (a body is attached to its command). A small hand
 * lexer: enough for the curl/jq scripts rb-migrate rewrites (see bench/README.md for the parser choice).
 */
export function lexShell(text: string, from = 0, to = text.length): ShellCommand[] {
  const lx: Lexer = {
    text,
    from,
    to,
    i: from,
    start: from,
    after: '',
    stack: [{ type: 'top', parens: 0, lineStart: from }],
    pending: [],
    commands: [],
  };
  for (; lx.i < to; lx.i++) {
    const c = text[lx.i]!;
    const frame = lx.stack[lx.stack.length - 1]!;
    for (const step of STEPS) if (step(lx, c, frame)) break;
  }
  emit(lx, to, '');
  return lx.commands;
}

/** Inside "…": escapes, the closing quote, backquotes and `$(` nest; nothing splits. */
const readDoubleQuoted: Step = (lx, c, frame) => {
  if (frame.type !== 'dq') return false;
  const { text } = lx;
  if (c === '\\') lx.i++;
  else if (c === '"') lx.stack.pop();
  else if (c === '`') lx.i = skipTo(text, lx.i + 1, '`', lx.to);
  else if (c === '$' && text[lx.i + 1] === '(') {
    lx.stack.push({
      type: text[lx.i + 2] === '(' ? 'arith' : 'subst',
      parens: 0,
      lineStart: frame.lineStart,
    });
    lx.i++;
  }
  return true;
};

/** Backslash escapes (and line continuations), quotes, backquotes and comments. */
const readQuoted: Step = (lx, c, frame) => {
  const { text, to } = lx;
  const i = lx.i;
  if (c === '\\') lx.i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 2 : 1;
  else if (c === "'") lx.i = skipTo(text, i + 1, "'", to);
  else if (c === '"') lx.stack.push({ type: 'dq', parens: 0, lineStart: frame.lineStart });
  else if (c === '`') lx.i = skipTo(text, i + 1, '`', to);
  else if (c === '#' && (i === lx.from || /[\s;|&()]/.test(text[i - 1]!))) {
    const nl = text.indexOf('\n', i);
    lx.i = (nl === -1 || nl > to ? to : nl) - 1;
  } else return false;
  return true;
};

/** `$(`: a new command starts inside (with `name=$(` handed on as its capture); `$((` does not split. */
const openSubstitution: Step = (lx, c, frame) => {
  const { text, i } = lx;
  if (c !== '$' || text[i + 1] !== '(') return false;
  if (text[i + 2] === '(' || !splittable(lx)) {
    lx.stack.push({ type: text[i + 2] === '(' ? 'arith' : 'subst', parens: 0, lineStart: frame.lineStart });
    lx.i++;
    return true;
  }
  const before = /(\w+)=$/.exec(text.slice(lx.start, i));
  const lineStart = lineStartOf(text, i, lx.from);
  emit(lx, i, '(');
  lx.stack.push({ type: 'subst', parens: 0, lineStart, ...(before ? { capture: before[1]! } : {}) });
  lx.start = i + 2;
  lx.after = '(';
  lx.i++;
  return true;
};

/** Parentheses inside `$(…)` / `$((…))`; the closing one ends the command inside. */
const closeSubstitution: Step = (lx, c, frame) => {
  if (frame.type !== 'subst' && frame.type !== 'arith') return false;
  if (c === '(') {
    frame.parens++;
    return false;
  }
  if (c !== ')') return false;
  if (frame.parens > 0) frame.parens--;
  else {
    if (frame.type === 'subst' && splittable(lx)) emit(lx, lx.i, ')');
    lx.stack.pop();
  }
  return true;
};

/** Nothing below splits inside `$((…))` or quotes. */
const stopUnlessSplittable: Step = (lx) => !splittable(lx);

/** `<<EOF`, `<<-'EOF'`: a here-document whose body starts on the next line. */
const noteHereDoc: Step = (lx, c) => {
  const { text, i } = lx;
  if (c !== '<' || text[i + 1] !== '<' || text[i + 2] === '<' || text[i - 1] === '<') return false;
  const m = /^<<(-?)[ \t]*(?:'([^'\n]+)'|"([^"\n]+)"|\\?([\w.-]+))/.exec(text.slice(i, lx.to));
  if (!m) return false;
  lx.pending.push({
    delimiter: m[2] ?? m[3] ?? m[4]!,
    quoted: m[4] === undefined || m[0].includes('\\'),
    dash: m[1] === '-',
  });
  lx.i += m[0].length - 1;
  return true;
};

/** A newline, `;`, `|` or `&` ends the command; after a newline, pending here-document bodies are skipped. */
const splitCommand: Step = (lx, c) => {
  if (c !== '\n' && c !== ';' && c !== '|' && c !== '&') return false;
  emit(lx, lx.i, c);
  if (c === '\n' && lx.pending.length > 0) {
    let at = lx.i + 1;
    for (const doc of lx.pending) {
      const body = findHereDocEnd(lx.text, at, lx.to, doc);
      const hereDoc: HereDoc = { start: at, end: body.end, quoted: doc.quoted };
      const last = lx.commands[lx.commands.length - 1];
      if (last && !last.hereDoc) last.hereDoc = hereDoc;
      at = body.next;
    }
    lx.pending = [];
    lx.i = at - 1;
    lx.start = at;
  }
  return true;
};

const STEPS: readonly Step[] = [
  readDoubleQuoted,
  readQuoted,
  openSubstitution,
  closeSubstitution,
  stopUnlessSplittable,
  noteHereDoc,
  splitCommand,
];

function splittable(lx: Lexer): boolean {
  return lx.stack.every((f) => f.type === 'top' || f.type === 'subst');
}

/** Ends the current command at `end` (when it has words), `separator` being what ends it. */
function emit(lx: Lexer, end: number, separator: string): void {
  const { text, from, to } = lx;
  const frame = lx.stack[lx.stack.length - 1]!;
  const words = readWords(text, lx.start, end);
  if (words.length > 0) {
    const lineStart = frame.type === 'subst' ? frame.lineStart : lineStartOf(text, words[0]!.start, from);
    const command: ShellCommand = {
      start: words[0]!.start,
      end: words[words.length - 1]!.end,
      words,
      after: lx.after,
      lineStart,
      indent: /^[ \t]*/.exec(text.slice(lineStart, to))![0],
    };
    if (frame.capture && !frame.captureUsed) {
      command.capture = frame.capture;
      frame.captureUsed = true;
    }
    lx.commands.push(command);
    lx.after = separator;
  } else if (!(separator === '\n' && lx.after === '(')) lx.after = separator;
  lx.start = end + 1;
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

import type { ShellCommand, ShellWord, WordPart } from './types.ts';

/** curl options that take the next word as their argument (the rest are flags). */
const ARG_OPTIONS = new Set([
  '-H',
  '--header',
  '-X',
  '--request',
  '-o',
  '--output',
  '-u',
  '--user',
  '-F',
  '--form',
  '-w',
  '--write-out',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-m',
  '--max-time',
  '--connect-timeout',
  '--retry',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-T',
  '--upload-file',
  '--cacert',
  '--cert',
  '-x',
  '--proxy',
  '-K',
  '--config',
  '--resolve',
  '--retry-delay',
  '--retry-max-time',
  '-r',
  '--range',
  '-z',
  '--time-cond',
  '-D',
  '--dump-header',
]);
const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);
const REDIRECTS = /^(?:\d?>>?|<|<<<|&>|\d?>&\d?)$/;

export interface CurlData {
  /** The option word (`-d`, `--data=…`, …). */
  flag: ShellWord;
  /** The word holding the body (the same word for `--data=…` / `-d…`). */
  word: ShellWord;
  /** The body's parts (prefix such as `--data=` removed). */
  parts: WordPart[];
}

export interface CurlCommand {
  url: ShellWord | undefined;
  data: CurlData[];
  headers: Array<{ flag: ShellWord; value: ShellWord }>;
}

/** Whether a command runs curl. */
export function isCurl(command: ShellCommand): boolean {
  const first = command.words[promptWords(command)]?.value ?? '';
  return first === 'curl' || first.endsWith('/curl');
}

/** The URL, data and header words of a curl command. */
export function readCurl(command: ShellCommand): CurlCommand {
  const result: CurlCommand = { url: undefined, data: [], headers: [] };
  const words = command.words;
  for (let i = promptWords(command) + 1; i < words.length; i++) {
    const word = words[i]!;
    const value = word.value ?? firstText(word);
    if (REDIRECTS.test(value) || /^<<-?/.test(value)) {
      if (!/^<<-?\S/.test(value)) i++;
      continue;
    }
    if (DATA_OPTIONS.has(value) && word.value !== undefined) {
      const next = words[i + 1];
      if (next) result.data.push({ flag: word, word: next, parts: next.parts });
      i++;
      continue;
    }
    const attached = /^(--data(?:-raw|-binary|-ascii)?=|--json=|-d)/.exec(value);
    if (attached && word.parts[0]?.kind === 'text' && word.parts[0].quote === undefined) {
      result.data.push({ flag: word, word, parts: dropPrefix(word.parts, attached[1]!.length) });
      continue;
    }
    if ((value === '-H' || value === '--header') && words[i + 1]) {
      result.headers.push({ flag: word, value: words[i + 1]! });
      i++;
      continue;
    }
    if (value === '--url' && words[i + 1]) {
      result.url ??= words[i + 1];
      i++;
      continue;
    }
    if (ARG_OPTIONS.has(value)) {
      i++;
      continue;
    }
    if (value.startsWith('-')) continue;
    result.url ??= word;
  }
  return result;
}

function firstText(word: ShellWord): string {
  const first = word.parts[0];
  return first?.kind === 'text' ? first.text : '';
}

function dropPrefix(parts: readonly WordPart[], length: number): WordPart[] {
  const [first, ...rest] = parts;
  if (!first || first.kind !== 'text') return [...parts];
  const text = first.text.slice(length);
  return text ? [{ ...first, text, start: first.start + length }, ...rest] : rest;
}

/** A console prompt (`$ curl …` in a Markdown `console` block) is not part of the command. */
function promptWords(command: ShellCommand): number {
  const first = command.words[0]?.value;
  return first === '$' || first === '%' || first === '>' ? 1 : 0;
}

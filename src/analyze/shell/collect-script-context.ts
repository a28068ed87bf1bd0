import { type EndpointRow, type RuleCode } from 'rb-migrate-runtime/mapping';
import { lexShell } from './lex-shell.ts';
import { type CurlCommand } from './read-curl.ts';
import type { ShellCommand, ShellEdit, ShellSite, ShellWord } from './types.ts';

/** A region of text analysed as one shell script (a whole file, or one Markdown code block). */
export interface ScriptRegion {
  kind: 'shell' | 'markdown';
  from: number;
  to: number;
  /** Markdown: traces go above the fence, at this offset. */
  traceAt?: number;
  /** Markdown: the shell blocks after this one (the same reader's session: a later step may read a response). */
  later?: Array<{ from: number; to: number }>;
}

export interface Assignment {
  name: string;
  word: ShellWord;
  /** Range of the value (after `name=`). */
  valueStart: number;
}

export interface Context {
  text: string;
  region: ScriptRegion;
  commands: ShellCommand[];
  assignments: Map<string, Assignment[]>;
  loopEnd: Map<number, number>;
}

export interface RequestPlan {
  index: number;
  command: ShellCommand;
  curl: CurlCommand;
  row: EndpointRow;
  /** The V1 path's offset and length in the text, and the variable holding it (when not in the curl line). */
  at: { offset: number; length: number };
  variable?: Assignment;
  url: string;
  edits: ShellEdit[];
  traces: Array<{ code: string; message: string; offset: number }>;
  related: ShellSite['related'];
  leave?: { code: RuleCode; reason: string };
  /** The body is read from this file (`-d @path`): the request stays V1, and so must the file. */
  bodyFile?: string;
}

export interface Target {
  row: EndpointRow;
  at: { offset: number; length: number };
  variable?: Assignment;
  url: string;
}

export interface ResponseReads {
  /** The variable holding the status URL, and the command index after which polling starts. */
  statusVar?: string;
  poll?: { index: number; response: string; anchor: number; indent: string };
  chainCommands: Set<number>;
}

/** The commands of a script region with what every step reads: variable assignments and loop ends. */
export function collectScriptContext(text: string, region: ScriptRegion): Context {
  const commands = lexShell(text, region.from, region.to);
  return { text, region, commands, assignments: collectAssignments(commands), loopEnd: findLoops(commands) };
}

function collectAssignments(commands: readonly ShellCommand[]): Map<string, Assignment[]> {
  const found = new Map<string, Assignment[]>();
  for (const command of commands) {
    for (const word of command.words) {
      const first = word.parts[0];
      const m =
        first?.kind === 'text' && first.quote === undefined ? /^([A-Za-z_]\w*)=/.exec(first.text) : null;
      if (!m) {
        if (/^(export|local|readonly|declare|typeset)$/.test(word.value ?? '')) continue;
        break;
      }
      const list = found.get(m[1]!) ?? [];
      list.push({ name: m[1]!, word, valueStart: word.start + m[0].length });
      found.set(m[1]!, list);
    }
  }
  return found;
}

/** For each command inside a loop, the index of the innermost loop's `done`. */
function findLoops(commands: readonly ShellCommand[]): Map<number, number> {
  const loopEnd = new Map<number, number>();
  const open: number[] = [];
  commands.forEach((c, i) => {
    const first = c.words[0]?.value;
    if (first === 'while' || first === 'until' || first === 'for' || first === 'select') open.push(i);
    else if (first === 'done') {
      const start = open.pop();
      if (start === undefined) return;
      for (let k = start; k <= i; k++) if (!loopEnd.has(k)) loopEnd.set(k, i);
    }
  });
  return loopEnd;
}

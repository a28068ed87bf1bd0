import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { RULES_BY_CODE } from 'rb-migrate-runtime/mapping';
import { isCurl, readCurl } from './read-curl.ts';
import { traceOffset } from './place-traces.ts';
import type { ShellCommand, ShellWord } from './types.ts';
import { type Context, type RequestPlan, type ResponseReads } from './collect-script-context.ts';

const STATUS_LINK_JQ = `.${RESPONSE_PATHS.statusLink.v1.join('.')}`;
const STATUS_URL_JQ = `.${RESPONSE_PATHS.statusLink.v2}`;
/** A jq read of the V1 status body's echo of the request output (`.output.href`, `.output`). */
const V1_OUTPUT_ECHO = new RegExp(`\\.${RESPONSE_PATHS.outputEcho[0]}\\b`);

/**
 * `jq -r '._links.self.href' <<< $response` → `.statusUrl`, only on this request's own response; finds the
 * status poll (the curl on that URL, its captured response and where its loop ends); a read of the V1 echoed
 * `output` on the status response gets an RB205 trace (V2 status has `result.outputs[0].destination.url`).
 */
export function migrateResponseReads(ctx: Context, plan: RequestPlan): ResponseReads {
  const reads: ResponseReads = { chainCommands: new Set([plan.index]) };
  for (const { index, command, filter } of findJqReads(ctx, plan.index, plan.command.capture)) {
    const at = filter.raw.indexOf(STATUS_LINK_JQ);
    if (at === -1) continue;
    plan.edits.push({ offset: filter.start + at, length: STATUS_LINK_JQ.length, content: STATUS_URL_JQ });
    plan.related.push({ offset: filter.start + at, length: STATUS_LINK_JQ.length, what: 'links-read' });
    reads.chainCommands.add(index);
    reads.statusVar = command.capture ?? (index === plan.index + 1 ? plan.command.capture : undefined);
    break;
  }
  if (!reads.statusVar) return reads;
  const { commands } = ctx;
  for (let k = plan.index + 1; k < commands.length; k++) {
    const c = commands[k]!;
    if (!isCurl(c) || !mentionsVar(readCurl(c).url, reads.statusVar)) continue;
    reads.chainCommands.add(k);
    if (!c.capture) break;
    const done = ctx.loopEnd.get(k);
    const anchorCommand = done !== undefined ? commands[done]! : c;
    const lineEnd = ctx.text.indexOf(
      '\n',
      done !== undefined ? anchorCommand.end : closingParen(ctx.text, c.end),
    );
    reads.poll = {
      index: k,
      response: c.capture,
      anchor: lineEnd === -1 || lineEnd > ctx.region.to ? ctx.region.to : lineEnd,
      indent: anchorCommand.indent,
    };
    for (let m = k + 1; m <= (done ?? k); m++) reads.chainCommands.add(m);
    for (const read of findJqReads(ctx, k, c.capture)) {
      if (!V1_OUTPUT_ECHO.test(read.filter.value ?? read.filter.raw)) continue;
      plan.traces.push({
        code: 'RB205',
        message: RULES_BY_CODE.RB205.message,
        offset: traceOffset(ctx, read.command),
      });
    }
    break;
  }
  return reads;
}

/** The jq commands after command `from` that read `variable` (here-string, or `echo "$variable" | jq`). */
function findJqReads(
  ctx: Context,
  from: number,
  variable: string | undefined,
): Array<{ index: number; command: ShellCommand; filter: ShellWord }> {
  const found: Array<{ index: number; command: ShellCommand; filter: ShellWord }> = [];
  const { commands } = ctx;
  for (let j = from + 1; j < commands.length; j++) {
    const c = commands[j]!;
    if (c.words[0]?.value !== 'jq') continue;
    const piped =
      c.after === '|' && (j === from + 1 || readsVar(commands[j - 1]!, variable, ['echo', 'printf']));
    // `<<< "$v"`, or written as one word: `<<<"$v"`
    const hereString =
      variable !== undefined &&
      c.words.some(
        (w, k) =>
          (w.value === '<<<' && mentionsVar(c.words[k + 1], variable)) ||
          (w.raw.startsWith('<<<') && mentionsVar(w, variable)),
      );
    if (!piped && !hereString) continue;
    const filter = c.words.slice(1).find((w) => !(w.value ?? '').startsWith('-'));
    if (filter) found.push({ index: j, command: c, filter });
  }
  return found;
}

export function closingParen(text: string, from: number): number {
  const at = text.indexOf(')', from);
  return at === -1 ? from : at;
}

export function mentionsVar(word: ShellWord | undefined, name: string | undefined): boolean {
  return !!word && !!name && word.parts.some((p) => p.kind === 'expansion' && p.name === name);
}

export function readsVar(command: ShellCommand, name: string | undefined, tools: string[]): boolean {
  return tools.includes(command.words[0]?.value ?? '') && command.words.some((w) => mentionsVar(w, name));
}

import { RESPONSE_PATHS } from '../../translate/response-paths.ts';
import { isCurl, readCurl } from './read-curl.ts';
import type { ShellCommand, ShellWord } from './types.ts';
import { type Context, type RequestPlan, type ResponseReads } from './collect-script-context.ts';

const STATUS_LINK_JQ = `.${RESPONSE_PATHS.statusLink.v1.join('.')}`;
const STATUS_URL_JQ = `.${RESPONSE_PATHS.statusLink.v2}`;

/** `jq -r '._links.self.href' <<< $response` → `.statusUrl`, only on this request's own response. */
export function migrateResponseReads(ctx: Context, plan: RequestPlan): ResponseReads {
  const reads: ResponseReads = { chainCommands: new Set([plan.index]) };
  const response = plan.command.capture;
  const { commands } = ctx;
  for (let j = plan.index + 1; j < commands.length; j++) {
    const c = commands[j]!;
    if (c.words[0]?.value !== 'jq') continue;
    const piped =
      c.after === '|' && (j === plan.index + 1 || readsVar(commands[j - 1]!, response, ['echo', 'printf']));
    const hereString =
      response !== undefined &&
      c.words.some((w, k) => w.value === '<<<' && mentionsVar(c.words[k + 1], response));
    if (!piped && !hereString) continue;
    const filter = c.words.slice(1).find((w) => !(w.value ?? '').startsWith('-'));
    if (!filter) continue;
    const at = filter.raw.indexOf(STATUS_LINK_JQ);
    if (at === -1) continue;
    plan.edits.push({ offset: filter.start + at, length: STATUS_LINK_JQ.length, content: STATUS_URL_JQ });
    plan.related.push({ offset: filter.start + at, length: STATUS_LINK_JQ.length, what: 'links-read' });
    reads.chainCommands.add(j);
    reads.statusVar = c.capture ?? (j === plan.index + 1 ? plan.command.capture : undefined);
    break;
  }
  if (!reads.statusVar) return reads;
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
    break;
  }
  return reads;
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

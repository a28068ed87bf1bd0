import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import { ENDPOINTS, type EndpointRow } from '../../spec/endpoints.ts';
import { RULES_BY_CODE, type RuleCode } from '../../spec/rules.ts';
import { formatMessage } from '../../spec/format-message.ts';
import { UPLOAD_PROTOCOLS, type UploadStorage } from '../../spec/transport.ts';
import { createV1PathPattern } from '../../spec/v1-path-pattern.ts';
import { RESPONSE_PATHS } from '../../translate/response-paths.ts';
import {
  buildHereDocTemplate,
  buildWordTemplate,
  SPLICE_PATTERN,
  type BodyTemplate,
} from './build-body-template.ts';
import { formatShellTrace, hasTraceAbove } from './format-shell-trace.ts';
import { lexShell } from './lex-shell.ts';
import { isCurl, readCurl, type CurlCommand } from './read-curl.ts';
import { renderShellBody } from './render-shell-body.ts';
import { translateShellBody } from './translate-shell-body.ts';
import type { ShellCommand, ShellEdit, ShellSite, ShellWord } from './types.ts';

/** Where V2 puts the result URL in the final status body (reference §4.2), as a jq path. */
export const V2_RESULT_URL_JQ = '.result.outputs[0].destination.url';
const PHOTOSHOP_V1 = '/pie/psdService/';
const STATUS_LINK_JQ = `.${RESPONSE_PATHS.statusLink.v1.join('.')}`;
const STATUS_URL_JQ = `.${RESPONSE_PATHS.statusLink.v2}`;
/** Name pairs real scripts use for one location (written through one, read through the other). */
const PAIRS: Array<[RegExp, string[]]> = [
  [/^(.*)put(.*)$/, ['get']],
  [/^(.*)upload(.*)$/, ['download']],
  [/^(.*)write(.*)$/, ['read']],
];

/** A region of text analysed as one shell script (a whole file, or one Markdown code block). */
export interface ScriptRegion {
  kind: 'shell' | 'markdown';
  from: number;
  to: number;
  /** Markdown: traces go above the fence, at this offset. */
  traceAt?: number;
}

interface Assignment {
  name: string;
  word: ShellWord;
  /** Range of the value (after `name=`). */
  valueStart: number;
}

interface Context {
  text: string;
  region: ScriptRegion;
  commands: ShellCommand[];
  assignments: Map<string, Assignment[]>;
  loopEnd: Map<number, number>;
}

interface RequestPlan {
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
}

/**
 * Analyses one shell script: every curl request to a V1 Remove Background endpoint (direct or through a
 * variable), its body, headers, the jq reads of its response, the status poll, and where its output goes
 * next (chained calls, delivery). Returns one site per request with its decision and exact edits, plus sites
 * for V1 status URLs, V1 URLs it cannot tie to a request, V1 URLs in comments, and other-service calls.
 */
export function analyzeScript(text: string, region: ScriptRegion): ShellSite[] {
  const commands = lexShell(text, region.from, region.to);
  const ctx: Context = {
    text,
    region,
    commands,
    assignments: collectAssignments(commands),
    loopEnd: findLoops(commands),
  };
  const mentions = findMentions(text, region, commands);
  const plans: RequestPlan[] = [];
  const sites: ShellSite[] = [];
  const claimed = new Set<number>();
  commands.forEach((command, index) => {
    if (!isCurl(command)) return;
    const curl = readCurl(command);
    const target = resolveUrl(ctx, curl.url);
    if (!target) return;
    claimed.add(target.at.offset);
    if (target.row.kind === 'status') {
      sites.push(
        leaveSite(
          ctx,
          'status-url',
          command,
          target.at,
          'RB235',
          target.url,
          `V1 status URL ${target.url} left unchanged: poll the statusUrl the V2 submission returns`,
        ),
      );
      return;
    }
    plans.push(planRequest(ctx, index, command, curl, target));
  });
  holdSharedVariables(ctx, plans);
  for (const plan of plans) sites.push(toSite(ctx, plan));
  if (plans.length > 0) sites.push(...noteOtherServices(ctx));
  for (const m of mentions) {
    if (claimed.has(m.offset) || sites.some((s) => s.related.some((r) => r.offset === m.offset))) continue;
    sites.push({
      kind: m.inCode ? 'mention' : 'comment',
      decision: 'leave',
      offset: m.offset,
      length: m.length,
      code: m.inCode ? 'RB306' : 'RB307',
      value: m.path,
      edits: [],
      traces: [],
      related: [],
    });
  }
  return sites;
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

interface Mention {
  offset: number;
  length: number;
  path: string;
  inCode: boolean;
}

function findMentions(text: string, region: ScriptRegion, commands: readonly ShellCommand[]): Mention[] {
  const slice = text.slice(region.from, region.to);
  const found: Mention[] = [];
  for (const m of slice.matchAll(createV1PathPattern('g'))) {
    const offset = region.from + m.index;
    const inCode = commands.some(
      (c) =>
        c.words.some((w) => offset >= w.start && offset < w.end) ||
        (c.hereDoc && offset >= c.hereDoc.start && offset < c.hereDoc.end),
    );
    found.push({ offset, length: (m[1] ?? '').length + m[2]!.length, path: `/${m[2]}`, inCode });
  }
  return found;
}

interface Target {
  row: EndpointRow;
  at: { offset: number; length: number };
  variable?: Assignment;
  url: string;
}

function resolveUrl(ctx: Context, word: ShellWord | undefined): Target | undefined {
  if (!word) return undefined;
  const direct = matchV1(word.raw);
  if (direct)
    return {
      row: direct.row,
      at: { offset: word.start + direct.index, length: direct.length },
      url: word.value ?? word.raw,
    };
  for (const part of word.parts) {
    if (part.kind !== 'expansion' || !part.name) continue;
    const list = ctx.assignments.get(part.name);
    if (!list || list.length !== 1) continue;
    const assignment = list[0]!;
    const raw = ctx.text.slice(assignment.valueStart, assignment.word.end);
    const hit = matchV1(raw);
    if (hit) {
      return {
        row: hit.row,
        at: { offset: assignment.valueStart + hit.index, length: hit.length },
        variable: assignment,
        url: `$${part.name}`,
      };
    }
  }
  return undefined;
}

function matchV1(raw: string): { row: EndpointRow; index: number; length: number } | undefined {
  const m = createV1PathPattern('').exec(raw);
  if (!m) return undefined;
  const path = `/${m[2]}`;
  const row = ENDPOINTS.find((e) => (e.kind === 'status' ? path.startsWith(e.v1) : e.v1 === path));
  if (!row) return undefined;
  // The edit range starts at the leading slash when there is one (relative `sensei/cutout` has none).
  const slash = (m[1] ?? '').length;
  return {
    row,
    index: m.index,
    length: slash + (row.kind === 'status' ? row.v1.length - 1 : path.length - 1),
  };
}

/** The V2 path replacing a V1 path written with or without its leading slash. */
function v2PathFor(row: EndpointRow, original: string): string {
  return original.startsWith('/') ? row.v2 : row.v2.slice(1);
}

function planRequest(
  ctx: Context,
  index: number,
  command: ShellCommand,
  curl: CurlCommand,
  target: Target,
): RequestPlan {
  const plan: RequestPlan = {
    index,
    command,
    curl,
    row: target.row,
    at: target.at,
    url: target.url,
    edits: [],
    traces: [],
    related: [],
    ...(target.variable ? { variable: target.variable } : {}),
  };
  if (target.variable)
    plan.related.push({ offset: target.at.offset, length: target.at.length, what: 'endpoint' });
  const endpoint = target.row.endpoint!;
  if (curl.data.length !== 1) {
    plan.leave = {
      code: 'RB230',
      reason: curl.data.length === 0 ? 'it sends no -d body' : 'it sends several -d bodies',
    };
    return plan;
  }
  const data = curl.data[0]!;
  const body = readBody(ctx, command, data);
  if ('reason' in body) {
    plan.leave = { code: 'RB230', reason: body.reason };
    return plan;
  }
  const translation = translateShellBody(body.template, endpoint);
  if (!translation.ok) {
    plan.leave = { code: 'RB230', reason: translation.reason };
    return plan;
  }
  plan.edits.push({
    offset: body.start,
    length: body.end - body.start,
    content: renderShellBody(translation.request, body.template, body.style),
  });
  if (!target.variable) {
    plan.edits.push({
      offset: target.at.offset,
      length: target.at.length,
      content: v2PathFor(target.row, ctx.text.slice(target.at.offset)),
    });
  }
  plan.edits.push(...fixHeaders(ctx, curl, data.flag));
  const reads = migrateResponseReads(ctx, plan);
  const diagnostics = [...translation.diagnostics];
  const resolved = followOutput(
    ctx,
    plan,
    body.template,
    translation.outputHref,
    translation.outputStorage,
    reads,
  );
  for (const d of diagnostics) {
    if (d.severity === 'info' || resolved.has(d.code)) continue;
    plan.traces.push({ code: d.code, message: d.message, offset: traceOffset(ctx, command) });
  }
  return plan;
}

function readBody(
  ctx: Context,
  command: ShellCommand,
  data: CurlCommand['data'][number],
): { template: BodyTemplate; start: number; end: number; style: "'" | '"' | 'heredoc' } | { reason: string } {
  const literal = data.parts.every((p) => p.kind === 'text')
    ? data.parts.map((p) => (p as { text: string }).text).join('')
    : undefined;
  if (literal === '@-' && command.hereDoc) {
    const { start, end, quoted } = command.hereDoc;
    return { template: buildHereDocTemplate(ctx.text, start, end, quoted), start, end, style: 'heredoc' };
  }
  if (literal?.startsWith('@')) return { reason: `the body is read from ${literal}` };
  if (data.parts.length === 1 && data.parts[0]!.kind === 'expansion')
    return { reason: `the body is the variable ${data.parts[0]!.raw}` };
  const first = data.parts[0];
  const start =
    data.flag === data.word
      ? first
        ? first.kind === 'text' && first.quote
          ? first.start - 1
          : first.start
        : data.word.end
      : data.word.start;
  const style =
    first?.kind === 'text' && first.quote === '"'
      ? '"'
      : first?.kind === 'expansion' && first.quote === '"'
        ? '"'
        : "'";
  return { template: buildWordTemplate(data.parts), start, end: data.word.end, style };
}

/** Drops `x-gw-ims-org-id` (not part of V2) and adds `Content-Type: application/json` when missing. */
function fixHeaders(ctx: Context, curl: CurlCommand, dataFlag: ShellWord): ShellEdit[] {
  const edits: ShellEdit[] = [];
  let hasType = false;
  let quote = "'";
  for (const { flag, value } of curl.headers) {
    const header = (value.value ?? value.raw).replace(/^['"]/, '').toLowerCase();
    if (value.quote) quote = value.quote;
    if (header.startsWith('content-type:')) hasType = true;
    if (header.startsWith('x-gw-ims-org-id:')) {
      const words = curl.headers.flatMap((h) => [h.flag, h.value]);
      void words;
      const next = nextWordStart(ctx.text, value.end);
      edits.push({ offset: flag.start, length: next - flag.start, content: '' });
    }
  }
  if (!hasType) {
    const lineStart = ctx.text.lastIndexOf('\n', dataFlag.start - 1) + 1;
    const before = ctx.text.slice(lineStart, dataFlag.start);
    const continued =
      /^[ \t]*$/.test(before) && /\\\r?\n$/.test(ctx.text.slice(Math.max(0, lineStart - 3), lineStart));
    const header = `-H ${quote}Content-Type: application/json${quote}`;
    edits.push({
      offset: dataFlag.start,
      length: 0,
      content: continued ? `${header} \\\n${before}` : `${header} `,
    });
  }
  return edits;
}

function nextWordStart(text: string, from: number): number {
  const m = /^(?:[ \t]|\\\r?\n)*/.exec(text.slice(from));
  return from + m![0].length;
}

interface ResponseReads {
  /** The variable holding the status URL, and the command index after which polling starts. */
  statusVar?: string;
  poll?: { index: number; response: string; anchor: number; indent: string };
  chainCommands: Set<number>;
}

/** `jq -r '._links.self.href' <<< $response` → `.statusUrl`, only on this request's own response. */
function migrateResponseReads(ctx: Context, plan: RequestPlan): ResponseReads {
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

function closingParen(text: string, from: number): number {
  const at = text.indexOf(')', from);
  return at === -1 ? from : at;
}

function mentionsVar(word: ShellWord | undefined, name: string | undefined): boolean {
  return !!word && !!name && word.parts.some((p) => p.kind === 'expansion' && p.name === name);
}

function readsVar(command: ShellCommand, name: string | undefined, tools: string[]): boolean {
  return tools.includes(command.words[0]?.value ?? '') && command.words.some((w) => mentionsVar(w, name));
}

/**
 * Where V1 wrote the result (`output.href`) decides what the migrated script must do instead: a later call
 * reading that location gets the V2 result URL in a variable (chain); a location nothing reads back gets the
 * result copied there with curl (delivery). Returns the diagnostic codes this resolves.
 */
function followOutput(
  ctx: Context,
  plan: RequestPlan,
  template: BodyTemplate,
  href: string | undefined,
  storage: string,
  reads: ResponseReads,
): Set<string> {
  const resolved = new Set<string>();
  const location = outputLocation(ctx, template, href);
  if (!location) return resolved;
  const names = pairedNames(location.name);
  const next = findNextUse(ctx, plan.index, names, reads.chainCommands);
  const poll = reads.poll;
  if (next && isCurl(ctx.commands[next.index]!)) {
    const nextCommand = ctx.commands[next.index]!;
    resolved.add('RB110').add('RB111').add('RB112');
    if (!poll) {
      plan.traces.push({
        code: 'RB232',
        message: formatMessage(RULES_BY_CODE.RB232.message, { value: `$${next.name}` }),
        offset: traceOffset(ctx, nextCommand),
      });
      return resolved;
    }
    plan.edits.push({
      offset: poll.anchor,
      length: 0,
      content: `\n${poll.indent}${next.name}=$(jq -r '${V2_RESULT_URL_JQ}' <<< "$${poll.response}")`,
    });
    if (next.bare)
      plan.edits.push({
        offset: next.bare.start,
        length: next.bare.end - next.bare.start,
        content: `"$${next.name}"`,
      });
    const wasCreativeCloud = setNextStorage(ctx, plan, next) || storage === 'adobe';
    if (wasCreativeCloud) {
      plan.traces.push({
        code: 'RB233',
        message: formatMessage(RULES_BY_CODE.RB233.message, { value: `$${next.name}` }),
        offset: traceOffset(ctx, nextCommand),
      });
    }
    return resolved;
  }
  const protocol = UPLOAD_PROTOCOLS[storage as UploadStorage];
  if (!poll || !protocol || location.bare) return resolved;
  const headers = Object.entries(protocol.headers)
    .map(([k, v]) => ` -H '${k}: ${v}'`)
    .join('');
  const mediaType = protocol.sendsMediaType ? ` -H 'Content-Type: image/png'` : '';
  plan.edits.push({
    offset: poll.anchor,
    length: 0,
    content:
      `\n${poll.indent}# V2 hosts the result: copy it to $${location.name}, where V1 wrote it (added by rb-migrate)` +
      `\n${poll.indent}curl -sf "$(jq -r '${V2_RESULT_URL_JQ}' <<< "$${poll.response}")" | curl -sf -X ${protocol.method}${mediaType}${headers} --data-binary @- "$${location.name}"`,
  });
  resolved.add('RB110');
  return resolved;
}

function outputLocation(
  ctx: Context,
  template: BodyTemplate,
  href: string | undefined,
): { name: string; bare: boolean } | undefined {
  if (href === undefined) return undefined;
  const splice = /^__RB_SPLICE_(\d+)__$/.exec(href);
  if (splice) {
    const name = template.splices[Number(splice[1])]?.name;
    return name ? { name, bare: false } : undefined;
  }
  if (ctx.assignments.has(href) && template.bare.some((b) => b.text === href))
    return { name: href, bare: true };
  return undefined;
}

function pairedNames(name: string): Set<string> {
  const names = new Set([name]);
  for (const [pattern, others] of PAIRS) {
    const m = pattern.exec(name);
    if (m) for (const other of others) names.add(`${m[1]}${other}${m[2]}`);
  }
  return names;
}

interface NextUse {
  index: number;
  name: string;
  /** A forgotten `$`: the bare name inside a curl body. */
  bare?: { start: number; end: number };
  template?: BodyTemplate;
  bodyFound?: string;
}

function findNextUse(ctx: Context, from: number, names: Set<string>, skip: Set<number>): NextUse | undefined {
  for (let j = from + 1; j < ctx.commands.length; j++) {
    if (skip.has(j)) continue;
    const c = ctx.commands[j]!;
    if (/^(echo|printf|:)$/.test(c.words[0]?.value ?? '')) continue;
    for (const w of c.words) {
      for (const p of w.parts) {
        if (p.kind === 'expansion' && p.name && names.has(p.name)) return { index: j, name: p.name };
        if (p.kind === 'text' && p.quote === undefined && names.has(p.text) && isCurl(c)) {
          return { index: j, name: p.text, bare: { start: p.start, end: p.end } };
        }
      }
    }
  }
  return undefined;
}

/** The next call's input that reads the location gets `storage: "external"`; returns whether it was `adobe`. */
function setNextStorage(ctx: Context, plan: RequestPlan, next: NextUse): boolean {
  const command = ctx.commands[next.index]!;
  const data = readCurl(command).data[0];
  if (!data) return false;
  const template = buildWordTemplate(data.parts);
  const root = parseTree(template.text, [], { allowTrailingComma: true });
  if (!root) return false;
  const holder = findObjectWith(root, template, next);
  const storage = holder?.children?.find((p) => p.children?.[0]?.value === 'storage')?.children?.[1];
  if (!storage || storage.type !== 'string' || storage.value === 'external') return false;
  const start = template.source[storage.offset];
  const end = template.source[storage.offset + storage.length - 1];
  if (start === undefined || end === undefined || start < 0 || end < 0) return storage.value === 'adobe';
  plan.edits.push({ offset: start, length: end + 1 - start, content: '"external"' });
  return storage.value === 'adobe';
}

function findObjectWith(node: JsonNode, template: BodyTemplate, next: NextUse): JsonNode | undefined {
  if (node.type === 'string' && typeof node.value === 'string') {
    const hit = next.bare
      ? node.value === next.name
      : [...node.value.matchAll(new RegExp(SPLICE_PATTERN.source, 'g'))].some(
          (m) => template.splices[Number(m[1])]?.name === next.name,
        );
    return hit ? node.parent?.parent : undefined;
  }
  for (const child of node.children ?? []) {
    const found = findObjectWith(child, template, next);
    if (found) return found;
  }
  return undefined;
}

/** A request whose endpoint variable is shared with a request that stays V1 stays V1 too (URL and body together). */
function holdSharedVariables(ctx: Context, plans: RequestPlan[]): void {
  const byVariable = new Map<string, RequestPlan[]>();
  for (const p of plans)
    if (p.variable) byVariable.set(p.variable.name, [...(byVariable.get(p.variable.name) ?? []), p]);
  for (const [name, users] of byVariable) {
    const otherUse = ctx.commands.some(
      (c, i) =>
        !users.some((u) => u.index === i) &&
        !/^(echo|printf)$/.test(c.words[0]?.value ?? '') &&
        c.words.some((w) => w.parts.some((p) => p.kind === 'expansion' && p.name === name)),
    );
    if (!otherUse && users.every((u) => !u.leave)) {
      const first = users[0]!;
      first.edits.push({
        offset: first.at.offset,
        length: first.at.length,
        content: v2PathFor(first.row, ctx.text.slice(first.at.offset)),
      });
      continue;
    }
    for (const u of users) {
      if (u.leave) continue;
      u.leave = { code: 'RB231', reason: formatMessage(RULES_BY_CODE.RB231.message, { value: `$${name}` }) };
    }
  }
}

function toSite(ctx: Context, plan: RequestPlan): ShellSite {
  if (plan.leave) {
    const message =
      plan.leave.code === 'RB230'
        ? RULES_BY_CODE.RB230.message.replace('{value}', plan.leave.reason)
        : plan.leave.reason;
    return leaveSite(ctx, 'request', plan.command, plan.at, plan.leave.code, plan.url, message, plan.related);
  }
  const edits = [...plan.edits, ...traceEdits(ctx, plan.traces)];
  return {
    kind: 'request',
    decision: plan.traces.length > 0 ? 'migrate-with-loss' : 'migrate',
    offset: plan.at.offset,
    length: plan.at.length,
    value: plan.url,
    edits,
    traces: plan.traces,
    related: plan.related,
  };
}

function leaveSite(
  ctx: Context,
  kind: ShellSite['kind'],
  command: ShellCommand,
  at: { offset: number; length: number },
  code: RuleCode,
  value: string,
  message: string,
  related: ShellSite['related'] = [],
): ShellSite {
  const trace = { code, message, offset: traceOffset(ctx, command) };
  const edits = traceEdits(ctx, [trace]);
  return {
    kind,
    decision: 'leave',
    offset: at.offset,
    length: at.length,
    code,
    value,
    edits,
    traces: edits.length > 0 ? [trace] : [],
    related: related.filter((r) => r.what === 'endpoint'),
  };
}

/** Photoshop API v1 calls (`/pie/psdService/…`) in a script that calls Remove Background: noted at info. */
function noteOtherServices(ctx: Context): ShellSite[] {
  const sites: ShellSite[] = [];
  for (const command of ctx.commands) {
    if (!isCurl(command)) continue;
    const url = readCurl(command).url;
    if (!url) continue;
    const text = url.raw.includes(PHOTOSHOP_V1)
      ? url.raw
      : url.parts
          .filter((p) => p.kind === 'expansion' && p.name)
          .map((p) => {
            const a = ctx.assignments.get((p as { name: string }).name)?.[0];
            return a ? ctx.text.slice(a.valueStart, a.word.end) : '';
          })
          .join('');
    const at = text.indexOf(PHOTOSHOP_V1);
    if (at === -1) continue;
    const path = /\/pie\/psdService\/[\w/-]*/.exec(text.slice(at))![0].replace(/['"]$/, '');
    const trace = {
      code: 'RB234',
      message: formatMessage(RULES_BY_CODE.RB234.message, { value: path }),
      offset: traceOffset(ctx, command),
    };
    const edits = traceEdits(ctx, [trace]);
    sites.push({
      kind: 'other-service',
      decision: 'leave',
      offset: url.start,
      length: url.end - url.start,
      code: 'RB234',
      value: path,
      edits,
      traces: edits.length ? [trace] : [],
      related: [],
    });
  }
  return sites;
}

function traceOffset(ctx: Context, command: ShellCommand): number {
  return ctx.region.traceAt ?? command.lineStart;
}

function traceEdits(
  ctx: Context,
  traces: ReadonlyArray<{ code: string; message: string; offset: number }>,
): ShellEdit[] {
  const edits: ShellEdit[] = [];
  const seen = new Set<string>();
  for (const t of traces) {
    const key = `${t.offset}:${t.code}`;
    if (seen.has(key) || hasTraceAbove(ctx.text, t.offset, t.code)) continue;
    seen.add(key);
    const indent = ctx.region.kind === 'markdown' ? '' : /^[ \t]*/.exec(ctx.text.slice(t.offset))![0];
    edits.push({
      offset: t.offset,
      length: 0,
      content: `${indent}${formatShellTrace(ctx.region.kind, t.code, t.message)}\n`,
    });
  }
  return edits;
}

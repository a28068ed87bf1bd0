import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import {
  RULES_BY_CODE,
  formatMessage,
  UPLOAD_PROTOCOLS,
  type UploadStorage,
} from 'rb-migrate-runtime/mapping';
import { buildWordTemplate, SPLICE_PATTERN, type BodyTemplate } from './build-body-template.ts';
import { isCurl, readCurl } from './read-curl.ts';
import { type Context, type RequestPlan, type ResponseReads } from './collect-script-context.ts';
import { traceOffset } from './place-traces.ts';

/** Where V2 puts the result URL in the final status body (reference §4.2), as a jq path. */
export const V2_RESULT_URL_JQ = '.result.outputs[0].destination.url';
/** Name pairs real scripts use for one location (written through one, read through the other). */
const PAIRS: Array<[RegExp, string[]]> = [
  [/^(.*(?:^|_))put((?:_|$).*)$/, ['get']],
  [/^(.*(?:^|_))upload((?:_|$).*)$/, ['download']],
  [/^(.*(?:^|_))write((?:_|$).*)$/, ['read']],
];

/**
 * Where V1 wrote the result (`output.href`) decides what the migrated script must do instead: a later call
 * reading that location gets the V2 result URL in a variable (chain); a location nothing reads back gets the
 * result copied there with curl (delivery). Returns the diagnostic codes this resolves.
 */
export function followOutput(
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

export function outputLocation(
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

export function pairedNames(name: string): Set<string> {
  const names = new Set([name]);
  for (const [pattern, others] of PAIRS) {
    const m = pattern.exec(name);
    if (m) for (const other of others) names.add(`${m[1]}${other}${m[2]}`);
  }
  return names;
}

export interface NextUse {
  index: number;
  name: string;
  /** A forgotten `$`: the bare name inside a curl body. */
  bare?: { start: number; end: number };
  template?: BodyTemplate;
  bodyFound?: string;
}

export function findNextUse(
  ctx: Context,
  from: number,
  names: Set<string>,
  skip: Set<number>,
): NextUse | undefined {
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
export function setNextStorage(ctx: Context, plan: RequestPlan, next: NextUse): boolean {
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

export function findObjectWith(node: JsonNode, template: BodyTemplate, next: NextUse): JsonNode | undefined {
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

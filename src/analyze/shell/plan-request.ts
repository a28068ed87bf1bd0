import { buildHereDocTemplate, buildWordTemplate, type BodyTemplate } from './build-body-template.ts';
import { type CurlCommand } from './read-curl.ts';
import { renderShellBody } from './render-shell-body.ts';
import { translateShellBody } from './translate-shell-body.ts';
import type { ShellCommand } from './types.ts';
import { type Context, type RequestPlan, type Target } from './collect-script-context.ts';
import { v2PathFor } from './resolve-url.ts';
import { fixHeaders } from './fix-headers.ts';
import { migrateResponseReads } from './migrate-response-reads.ts';
import { followOutput } from './follow-output.ts';
import { findUnfollowedLinksRead } from './find-unfollowed-links-read.ts';
import { traceOffset } from './place-traces.ts';

export function planRequest(
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
    if (body.file) plan.bodyFile = body.file;
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
  // URL, body and response reads change together: a _links read rewrite cannot follow keeps all of them V1.
  const unfollowed = findUnfollowedLinksRead(ctx, index, reads.chainCommands);
  if (unfollowed) {
    const tool = unfollowed.words[0]?.value ?? 'a command';
    plan.leave = {
      code: 'RB230',
      reason: `its response's _links is read by \`${tool}\`, which rewrite cannot follow`,
    };
    return plan;
  }
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

export function readBody(
  ctx: Context,
  command: ShellCommand,
  data: CurlCommand['data'][number],
):
  | { template: BodyTemplate; start: number; end: number; style: "'" | '"' | 'heredoc' }
  | { reason: string; file?: string } {
  const literal = data.parts.every((p) => p.kind === 'text')
    ? data.parts.map((p) => (p as { text: string }).text).join('')
    : undefined;
  if (literal === '@-' && command.hereDoc) {
    const { start, end, quoted } = command.hereDoc;
    return { template: buildHereDocTemplate(ctx.text, start, end, quoted), start, end, style: 'heredoc' };
  }
  if (literal?.startsWith('@')) return { reason: `the body is read from ${literal}`, file: literal.slice(1) };
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

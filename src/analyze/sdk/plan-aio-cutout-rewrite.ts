import { acceptSdkCallArguments } from './accept-sdk-call-arguments.ts';
import { addTranslatorTodos, aioBody } from './add-translator-todos.ts';
import type { SdkCall, SdkTrace } from './trace-sdk-clients.ts';
import type { SdkPlanContext } from './types.ts';

/**
 * `client.createCutout(input, output)` / `client.createMask(input, output)` (aio-lib, which submitted,
 * polled until done and left the result at `output`) →
 * `client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob)`: the same V1 body the
 * SDK sent, run with V1 semantics (submit, wait, deliver to the old output), resolved to an aio-style Job
 * (`jobId`, `outputs[0].status`, `outputs[0]._links.self`, `isDone()`, `pollUntilDone()`). Only the callee
 * name and the text after the last argument change; the arguments stay byte-identical.
 * Returns false (nothing planned) when the call cannot be rewritten.
 */
export function planAioCutoutRewrite(
  ctx: SdkPlanContext,
  call: SdkCall,
  quote: string,
  trace: SdkTrace,
): boolean {
  const node = call.path.node;
  const accepted = acceptSdkCallArguments(ctx, call, 2, 2);
  if (!accepted) return false;
  const { args, endpoint } = accepted;
  addTranslatorTodos(ctx, call, endpoint, aioBody(call, trace));
  const property = node.callee.property;
  const open = ctx.source.indexOf('(', property.end);
  ctx.edits.push({
    start: property.start,
    end: open + 1,
    text: `runV1${ctx.source.slice(property.end, open)}(fromAioArgs(`,
    kind: 'sdk-call',
  });
  ctx.edits.push({
    start: args[1].end,
    end: node.end,
    text: `${ctx.source.slice(args[1].end, closingParen(ctx.source, args[1].end, node.end))}), { endpoint: ${quote}${endpoint}${quote} }).then(toAioJob)`,
    kind: 'sdk-call',
  });
  ctx.runtimeNames.add('fromAioArgs');
  ctx.runtimeNames.add('toAioJob');
  return true;
}

/** Offset of the call's closing `)` (keeps a trailing comma / comments between the last argument and it). */
export function closingParen(source: string, from: number, callEnd: number): number {
  const close = source.lastIndexOf(')', callEnd - 1);
  return close >= from ? close : from;
}

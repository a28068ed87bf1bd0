import type { AnyNode, AnyPath } from '../ast/types.ts';

import { addSdkTodo } from './add-sdk-todo.ts';
import { addTranslatorTodos, aioBody } from './add-translator-todos.ts';
import { findUndeliverableArguments } from './find-undeliverable-arguments.ts';
import { findV1Endpoint } from './find-v1-endpoint.ts';
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
  const args: AnyNode[] = node.arguments;
  const ep = findV1Endpoint(call.v1Path);
  if (!ep || args.length !== 2 || args.some((a) => a.type === 'SpreadElement')) {
    addSdkTodo(ctx, call.path, 'RB208', ctx.source.slice(node.callee.start, node.callee.end) + '(…)');
    return false;
  }
  const argPaths: AnyPath[] = args.map((_, i) => call.path.get('arguments', i));
  for (const bad of findUndeliverableArguments(ctx.j, argPaths, ctx.source))
    addSdkTodo(ctx, call.path, 'RB210', bad);
  addTranslatorTodos(ctx, call, ep.endpoint, aioBody(call, trace));
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
    text: `${ctx.source.slice(args[1].end, closingParen(ctx.source, args[1].end, node.end))}), { endpoint: ${quote}${ep.endpoint}${quote} }).then(toAioJob)`,
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

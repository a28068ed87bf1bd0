import type { AnyNode, AnyPath } from '../ast/types.ts';

import { addSdkTodo } from './add-sdk-todo.ts';
import { addTranslatorTodos, photoshopBody } from './add-translator-todos.ts';
import { closingParen } from './plan-aio-cutout-rewrite.ts';
import { findUndeliverableArguments } from './find-undeliverable-arguments.ts';
import { findV1Endpoint } from './find-v1-endpoint.ts';
import type { SdkCall, SdkTrace } from './trace-sdk-clients.ts';
import type { SdkPlanContext } from './types.ts';

/**
 * `client.removeBackground(body, options?)` / `client.createMask(body, options?)` (@adobe/photoshop-apis,
 * still V1: POST /sensei/*, poll, resolve `{ result }` or reject when the job failed) →
 * `client.runV1(body, { ...options, endpoint: 'cutout' }).then(toPhotoshopResponse)`. The body (a V1
 * body) and options (`{ signal }`) stay byte-identical.
 */
export function planPhotoshopCallRewrite(
  ctx: SdkPlanContext,
  call: SdkCall,
  quote: string,
  trace: SdkTrace,
): boolean {
  const node = call.path.node;
  const args: AnyNode[] = node.arguments;
  const ep = findV1Endpoint(call.v1Path);
  if (!ep || args.length < 1 || args.length > 2 || args.some((a) => a.type === 'SpreadElement')) {
    addSdkTodo(ctx, call.path, 'RB208', ctx.source.slice(node.callee.start, node.callee.end) + '(…)');
    return false;
  }
  const argPaths: AnyPath[] = args.map((_, i) => call.path.get('arguments', i));
  for (const bad of findUndeliverableArguments(ctx.j, argPaths, ctx.source))
    addSdkTodo(ctx, call.path, 'RB210', bad);
  const body = photoshopBody(call, trace);
  if (body) addTranslatorTodos(ctx, call, ep.endpoint, body);
  const property = node.callee.property;
  ctx.edits.push({ start: property.start, end: property.end, text: 'runV1', kind: 'sdk-call' });
  const endpoint = `endpoint: ${quote}${ep.endpoint}${quote}`;
  const last = args[args.length - 1];
  const tail = ctx.source.slice(last.end, closingParen(ctx.source, last.end, node.end));
  if (args.length === 1) {
    ctx.edits.push({
      start: last.end,
      end: node.end,
      text: `, { ${endpoint} }${tail}).then(toPhotoshopResponse)`,
      kind: 'sdk-call',
    });
  } else if (last.type === 'ObjectExpression') {
    const inner = ctx.source.slice(last.start + 1, last.end - 1).replace(/,?\s*$/, '');
    const head = inner.trim() === '' ? '{ ' : `{${inner}, `;
    ctx.edits.push({ start: last.start, end: last.end, text: `${head}${endpoint} }`, kind: 'sdk-call' });
    ctx.edits.push({
      start: last.end,
      end: node.end,
      text: `${tail}).then(toPhotoshopResponse)`,
      kind: 'sdk-call',
    });
  } else {
    ctx.edits.push({ start: last.start, end: last.start, text: '{ ...', kind: 'sdk-call' });
    ctx.edits.push({
      start: last.end,
      end: node.end,
      text: `, ${endpoint} }${tail}).then(toPhotoshopResponse)`,
      kind: 'sdk-call',
    });
  }
  ctx.runtimeNames.add('toPhotoshopResponse');
  return true;
}

import { acceptSdkCallArguments } from './accept-sdk-call-arguments.ts';
import { addTranslatorTodos, photoshopBody } from './add-translator-todos.ts';
import { closingParen } from './plan-aio-cutout-rewrite.ts';
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
  const accepted = acceptSdkCallArguments(ctx, call, 1, 2);
  if (!accepted) return false;
  const { args, endpoint: v1Endpoint } = accepted;
  const body = photoshopBody(call, trace);
  if (body) addTranslatorTodos(ctx, call, v1Endpoint, body);
  const property = node.callee.property;
  ctx.edits.push({ start: property.start, end: property.end, text: 'runV1', kind: 'sdk-call' });
  const endpoint = `endpoint: ${quote}${v1Endpoint}${quote}`;
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

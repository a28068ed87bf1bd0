import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { AnyNode, AnyPath } from '../ast/types.ts';
import { addSdkTodo } from './add-sdk-todo.ts';
import { findUndeliverableArguments } from './find-undeliverable-arguments.ts';
import { findV1Endpoint } from './find-v1-endpoint.ts';
import type { SdkCall } from './trace-sdk-clients.ts';
import type { SdkPlanContext } from './types.ts';

/**
 * The first step of every SDK call rewrite: the call's V1 endpoint and arguments when it has between `min`
 * and `max` of them and no spread (else RB208 at the call and undefined: nothing is planned), with RB210 for
 * each argument whose output the runtime cannot deliver to.
 */
export function acceptSdkCallArguments(
  ctx: SdkPlanContext,
  call: SdkCall,
  min: number,
  max: number,
): { args: AnyNode[]; endpoint: V1Endpoint } | undefined {
  const node = call.path.node;
  const args: AnyNode[] = node.arguments;
  const ep = findV1Endpoint(call.v1Path);
  if (!ep || args.length < min || args.length > max || args.some((a) => a.type === 'SpreadElement')) {
    addSdkTodo(ctx, call.path, 'RB208', ctx.source.slice(node.callee.start, node.callee.end) + '(…)');
    return undefined;
  }
  const argPaths: AnyPath[] = args.map((_, i) => call.path.get('arguments', i));
  for (const bad of findUndeliverableArguments(ctx.j, argPaths, ctx.source))
    addSdkTodo(ctx, call.path, 'RB210', bad);
  return { args, endpoint: ep.endpoint };
}

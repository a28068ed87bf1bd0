import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findUnfollowedLinkReads } from './find-unfollowed-link-reads.ts';
import { findV1TypeAnnotations } from './find-v1-type-annotations.ts';
import { followResponseFlow } from './follow-response-flow.ts';
import type { ResponseFlow, ResponsePlan } from './response-flow.ts';

/**
 * Follows what a rewritten V1 POST returns (through await, `.json()`, `.then(cb)`, `.data`/`.body`,
 * variables and destructuring, local helpers that return it) and rewrites `x._links.self.href` (any
 * spelling) to `x.statusUrl` where `x` flows from it. Status bodies fetched from that URL that read the
 * V1 echoed `output.href` get a TODO. Status-link reads that do not flow from a rewritten call (generic
 * pollers of other Photoshop APIs) are left as they are and reported.
 */
export function traceResponseFlow(
  ctx: CodemodContext,
  calls: readonly AnyPath[],
  fileHasV1: boolean,
): ResponsePlan {
  const flow: ResponseFlow = {
    ctx,
    plan: { edits: [], todos: [], passedTo: [] },
    visited: new Set(),
    rewritten: new Set(),
    responseTypes: [],
  };
  for (const call of calls) {
    const isRequest = call.node.type === 'NewExpression' && call.node.callee.name === 'Request';
    followResponseFlow(flow, call, isRequest ? 'request' : 'accepted', 0);
  }
  if (flow.plan.edits.length) {
    const types = findV1TypeAnnotations(ctx, { responseTypes: flow.responseTypes });
    flow.plan.edits.push(...types.edits);
    flow.plan.todos.push(...types.todos);
  }
  if (fileHasV1 && calls.length) flow.plan.todos.push(...findUnfollowedLinkReads(ctx, flow.rewritten));
  return flow.plan;
}

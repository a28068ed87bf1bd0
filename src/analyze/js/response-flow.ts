import type { AnyNode } from '../ast/types.ts';
/** The state of one file's response-flow trace (types only; see traceResponseFlow). */
import type { AnyPath, CodemodContext, Plan } from './codemod-context.ts';

/** accepted: the POST response or its body; request: a `new Request(…)` not sent yet; statusUrl/status: polling. */
export type FlowKind = 'accepted' | 'request' | 'statusUrl' | 'status';

/** What traceResponseFlow plans: edits, TODOs, and the callees a job response is passed to. */
export type ResponsePlan = Plan & { passedTo: { callee: string; statementStart: number }[] };

export interface ResponseFlow {
  ctx: CodemodContext;
  plan: ResponsePlan;
  /** `kind:start:end:type` of every value already followed. */
  visited: Set<string>;
  /** The outermost member node of each status-link read rewritten to `.statusUrl`. */
  rewritten: Set<unknown>;
  /** Types the code gives to values of the flow (call type arguments, annotations of bindings, assertions). */
  responseTypes: { type: AnyNode; at: AnyPath }[];
}

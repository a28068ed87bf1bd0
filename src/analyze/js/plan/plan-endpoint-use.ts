import type { RuleCode, V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { AnyPath, TodoRequest } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { describeSharedBody } from './describe-shared-body.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { findRequestCall } from '../find-request-call.ts';
import { isV1Body } from '../is-v1-body.ts';
import { planRuntimeTranslation } from './plan-runtime-translation.ts';
import { resolvePayloadSite } from '../resolve-payload-site.ts';
import { rewritePayload } from './rewrite-payload.ts';
import type { EndpointDraft, EndpointSite } from './endpoint-site.ts';

/**
 * One request made with the site's URL: its body is rewritten in place, translated where it is sent
 * (RB264, when it cannot be rewritten statically), or it keeps the whole site unchanged with a coded TODO
 * (no body found: RB209; a literal V1 never accepted: RB263; also sent by a V1 request that stays: RB201).
 */
export function planEndpointUse(
  draft: EndpointDraft,
  site: EndpointSite,
  index: number,
  payloadEndpoints: ReadonlyMap<string, readonly V1Endpoint[]>,
  blocked: ReadonlySet<string>,
): void {
  const { ctx } = draft;
  const use = site.uses[index]!;
  const endpoint = site.useEndpoints?.[index] ?? site.endpoint;
  const request = findRequestCall(ctx, use);
  const statementStart = findEnclosingStatement(request?.call ?? use).node.start as number;
  const todo = (code: RuleCode, sourceText: string, path?: string): TodoRequest => ({
    statementStart,
    code,
    message: describeTodo(code, path === undefined ? { sourceText } : { sourceText, path }),
  });
  if (!request?.payload) {
    draft.failures.push(todo('RB209', site.label));
    return;
  }
  const payload = resolvePayloadSite(ctx, request.payload);
  if (!payload.ok) {
    translateAtRunTime(draft, request.payload, endpoint, statementStart, request.call, [
      todo(payload.code, payload.sourceText, payload.sourceText),
    ]);
    return;
  }
  draft.bodies.push(payload.object.node.start as number);
  // A constant imported from a module that was already migrated may reach bodies that are V2 already.
  if (!site.urlEdits.length && !isV1Body(payload.object.node)) return;
  // A literal body V1 never accepted (no input/output: `{ inputs: [...], outputs: [...] }`): say so.
  if (!isV1Body(payload.object.node) && !hasDynamicKeys(payload.object.node)) {
    draft.failures.push(todo('RB263', site.label));
    return;
  }
  draft.payloadKeys.push(payload.key);
  if (blocked.has(payload.key)) {
    draft.failures.push(todo('RB201', 'also sent by a V1 request that stays unchanged'));
    return;
  }
  const shared = describeSharedBody(ctx, site, payload, request.payload, payloadEndpoints, draft.atRunTime);
  if (shared !== undefined) {
    translateAtRunTime(draft, request.payload, endpoint, statementStart, request.call, [
      todo('RB201', shared),
    ]);
    return;
  }
  if (draft.seen.has(payload.key)) {
    draft.calls.push(request.call);
    return;
  }
  draft.seen.add(payload.key);
  const outcome = rewritePayload(ctx, payload.object, payload.mutations, endpoint);
  if (!outcome.ok && outcome.plan.todos.every((t) => t.code === 'RB201' || t.code === 'RB207')) {
    draft.atRunTime.add(payload.key);
    translateAtRunTime(draft, request.payload, endpoint, statementStart, request.call, outcome.plan.todos);
    return;
  }
  draft.calls.push(request.call);
  if (!outcome.ok) {
    draft.failures.push(...outcome.plan.todos);
    return;
  }
  draft.edits.push(...outcome.plan.edits);
  draft.todos.push(...outcome.plan.todos);
}

/** A body the codemod cannot rewrite statically is translated where it is sent (RB264), else the site stays. */
function translateAtRunTime(
  draft: EndpointDraft,
  payload: AnyPath,
  endpoint: V1Endpoint,
  statementStart: number,
  call: AnyPath,
  orElse: TodoRequest[],
): void {
  const runtime = planRuntimeTranslation(draft.ctx, payload, endpoint, statementStart);
  if (!runtime) {
    draft.failures.push(...orElse);
    return;
  }
  draft.edits.push(...runtime.edits);
  draft.todos.push(...runtime.todos);
  draft.calls.push(call);
}

/** Keys known only at run time (spread, computed): the body may still be V1. */
function hasDynamicKeys(object: { properties: { type: string; computed?: boolean }[] }): boolean {
  return object.properties.some(
    (p) => p.type === 'SpreadElement' || p.type === 'SpreadProperty' || p.computed,
  );
}

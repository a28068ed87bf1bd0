import type { V1Endpoint } from 'rb-migrate-runtime/mapping';
import type { AnyPath, CodemodContext, Plan, TodoRequest } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { findRequestCall } from '../find-request-call.ts';
import { isV1Body } from '../is-v1-body.ts';
import { planRuntimeTranslation } from './plan-runtime-translation.ts';
import { resolvePayloadSite } from '../resolve-payload-site.ts';
import { rewritePayload } from './rewrite-payload.ts';
import type { MigrationEdit } from '../types.ts';

export interface EndpointSite {
  endpoint: V1Endpoint;
  /** Edits that switch the URL to V2 (none when the URL lives in another module). */
  urlEdits: MigrationEdit[];
  /** The URL expressions as evaluated at each request. */
  uses: AnyPath[];
  /** Per use, when the uses do not all post to `endpoint` (a shared `/sensei` base). */
  useEndpoints?: V1Endpoint[];
  /** How the endpoint is spelled, for TODO messages. */
  label: string;
  /** The exported constant holding the URL (its importers send it: the closed world decides it). */
  exportedAs?: string;
  /**
   * The exported URL constant the site's requests send (`<exporter path>#<name>`), in the exporter and in
   * every importer: one value, decided for the whole project (ProjectContext.heldUrls).
   */
  sharedKey?: string;
  /** Start of the statement declaring the URL literal (where a TODO goes when no request sends it). */
  declaredAt?: number;
}

export interface EndpointPlan {
  /** Whether the site is rewritten (URL and every payload) or left unchanged with TODOs. */
  applied: boolean;
  plan: Plan;
  /** The request calls whose responses now come from V2. */
  rewrittenCalls: AnyPath[];
  /** Every payload literal the site's requests send (applied or not). */
  payloadKeys: string[];
  /** Start offsets of the body object literals its requests send (applied or not). */
  bodies?: number[];
}

/**
 * All or nothing for one endpoint: the URL is switched only when every request made with it has a payload
 * that was rewritten (and verified). Otherwise nothing changes and each blocking site gets a coded TODO,
 * so V1 bodies are never sent to V2 (or V2 bodies to V1).
 */
export function planEndpointSite(
  ctx: CodemodContext,
  site: EndpointSite,
  payloadEndpoints: ReadonlyMap<string, readonly V1Endpoint[]> = new Map(),
  blocked: ReadonlySet<string> = new Set(),
): EndpointPlan {
  const payloadKeys: string[] = [];
  const bodies: number[] = [];
  const failures: TodoRequest[] = [];
  const edits: MigrationEdit[] = [...site.urlEdits];
  const todos: TodoRequest[] = [];
  const calls: AnyPath[] = [];
  const seen = new Set<string>();
  /** Bodies translated where they are sent (toV2Request), by payload key. */
  const atRunTime = new Set<string>();
  // A body the codemod cannot rewrite statically is translated where it is sent (RB264), else the site stays.
  const translateAtRunTime = (
    payload: AnyPath,
    endpoint: V1Endpoint,
    statementStart: number,
    call: AnyPath,
    orElse: TodoRequest[],
  ): void => {
    const runtime = planRuntimeTranslation(ctx, payload, endpoint, statementStart);
    if (!runtime) {
      failures.push(...orElse);
      return;
    }
    edits.push(...runtime.edits);
    todos.push(...runtime.todos);
    calls.push(call);
  };
  // A URL no request of this file sends, and no other module imports, has no body to change with.
  if (site.uses.length === 0 && site.urlEdits.length > 0 && !site.exportedAs && site.declaredAt !== undefined)
    failures.push({
      statementStart: site.declaredAt,
      code: 'RB261',
      message: describeTodo('RB261', { sourceText: site.label }),
    });
  for (const [index, use] of site.uses.entries()) {
    const endpoint = site.useEndpoints?.[index] ?? site.endpoint;
    const request = findRequestCall(ctx, use);
    const statementStart = findEnclosingStatement(request?.call ?? use).node.start as number;
    if (!request?.payload) {
      failures.push({
        statementStart,
        code: 'RB209',
        message: describeTodo('RB209', { sourceText: site.label }),
      });
      continue;
    }
    const payload = resolvePayloadSite(ctx, request.payload);
    if (!payload.ok) {
      translateAtRunTime(request.payload, endpoint, statementStart, request.call, [
        {
          statementStart,
          code: payload.code,
          message: describeTodo(payload.code, { sourceText: payload.sourceText, path: payload.sourceText }),
        },
      ]);
      continue;
    }
    bodies.push(payload.object.node.start as number);
    // A constant imported from a module that was already migrated may reach bodies that are V2 already.
    if (!site.urlEdits.length && !isV1Body(payload.object.node)) continue;
    // A literal body V1 never accepted (no input/output: `{ inputs: [...], outputs: [...] }`): say so.
    if (!isV1Body(payload.object.node) && !hasDynamicKeys(payload.object.node)) {
      failures.push({
        statementStart,
        code: 'RB263',
        message: describeTodo('RB263', { sourceText: site.label }),
      });
      continue;
    }
    payloadKeys.push(payload.key);
    if (blocked.has(payload.key)) {
      failures.push({
        statementStart,
        code: 'RB201',
        message: describeTodo('RB201', { sourceText: 'also sent by a V1 request that stays unchanged' }),
      });
      continue;
    }
    // One body posted to both /cutout and /mask cannot carry one V2 mode.
    const postedTo = payloadEndpoints.get(payload.key) ?? [];
    const elsewhere = (count: number | undefined) => count !== undefined && postedTo.length < count;
    if (elsewhere(payload.valueReferences)) {
      translateAtRunTime(request.payload, endpoint, statementStart, request.call, [
        {
          statementStart,
          code: 'RB201',
          message: describeTodo('RB201', {
            sourceText: 'held in a variable that is also used for something else',
          }),
        },
      ]);
      continue;
    }
    if (elsewhere(payload.helperReferences)) {
      translateAtRunTime(request.payload, endpoint, statementStart, request.call, [
        {
          statementStart,
          code: 'RB201',
          message: describeTodo('RB201', {
            sourceText: 'returned by a local helper that is also called for something else',
          }),
        },
      ]);
      continue;
    }
    if (new Set(postedTo).size > 1) {
      translateAtRunTime(request.payload, endpoint, statementStart, request.call, [
        {
          statementStart,
          code: 'RB201',
          message: describeTodo('RB201', {
            sourceText: `${ctx.source.slice(request.payload.node.start, request.payload.node.end)} is posted to several V1 endpoints`,
          }),
        },
      ]);
      continue;
    }
    if (atRunTime.has(payload.key)) {
      translateAtRunTime(request.payload, endpoint, statementStart, request.call, [
        { statementStart, code: 'RB201', message: describeTodo('RB201', { sourceText: site.label }) },
      ]);
      continue;
    }
    if (seen.has(payload.key)) {
      calls.push(request.call);
      continue;
    }
    seen.add(payload.key);
    const outcome = rewritePayload(ctx, payload.object, payload.mutations, endpoint);
    if (!outcome.ok && outcome.plan.todos.every((t) => t.code === 'RB201' || t.code === 'RB207')) {
      atRunTime.add(payload.key);
      translateAtRunTime(request.payload, endpoint, statementStart, request.call, outcome.plan.todos);
      continue;
    }
    calls.push(request.call);
    if (!outcome.ok) {
      failures.push(...outcome.plan.todos);
      continue;
    }
    edits.push(...outcome.plan.edits);
    todos.push(...outcome.plan.todos);
  }
  if (failures.length)
    return {
      applied: false,
      plan: { edits: [], todos: failures },
      rewrittenCalls: [],
      payloadKeys,
    };
  // closed world: a shared URL some other request of the project cannot migrate with stays V1 everywhere
  if (site.sharedKey && ctx.project?.heldUrls?.includes(site.sharedKey))
    return {
      applied: false,
      plan: { edits: [], todos: holdSharedUrl(ctx, site) },
      rewrittenCalls: [],
      payloadKeys,
    };
  return { applied: true, plan: { edits, todos }, rewrittenCalls: calls, payloadKeys, bodies };
}

/** RB262 at each request sending a held shared URL, and at the constant's declaration in its module. */
function holdSharedUrl(ctx: CodemodContext, site: EndpointSite): TodoRequest[] {
  const message = describeTodo('RB262', { sourceText: site.label });
  const at = site.uses.map((use) => {
    const request = findRequestCall(ctx, use);
    return findEnclosingStatement(request?.call ?? use).node.start as number;
  });
  if (site.urlEdits.length > 0 && site.declaredAt !== undefined) at.push(site.declaredAt);
  return [...new Set(at)].map((statementStart) => ({ statementStart, code: 'RB262', message }));
}

/** Keys known only at run time (spread, computed): the body may still be V1. */
function hasDynamicKeys(object: { properties: { type: string; computed?: boolean }[] }): boolean {
  return object.properties.some(
    (p) => p.type === 'SpreadElement' || p.type === 'SpreadProperty' || p.computed,
  );
}

import { resolve } from 'node:path';
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import type { MigrationEdit } from '../js/types.ts';
import { RULES_BY_CODE, SDKS, type SdkFacts } from 'rb-migrate-runtime/mapping';
import { addSdkTodo } from './add-sdk-todo.ts';
import { findSdkImports } from './find-sdk-imports.ts';
import { planAioCutoutRewrite } from './plan-aio-cutout-rewrite.ts';
import { planAioInitRewrite } from './plan-aio-init-rewrite.ts';
import { planPhotoshopCallRewrite } from './plan-photoshop-call-rewrite.ts';
import { planPhotoshopClientRewrite } from './plan-photoshop-client-rewrite.ts';
import { planSdkEnumRewrite } from './plan-sdk-enum-rewrite.ts';
import { planSdkImportRewrite } from './plan-sdk-import-rewrite.ts';
import { planSdkTypeRewrite } from './plan-sdk-type-rewrite.ts';
import { traceSdkClients, type SdkTrace } from './trace-sdk-clients.ts';
import type { SdkMigrationPlan, SdkPlanContext, SdkPlanOptions } from './types.ts';
import { toModuleKey } from '../js/to-module-key.ts';

/**
 * Plans the migration of V1 SDK usage in one already-parsed file (recipe: find imports → trace clients →
 * rewrite client creation → rewrite Remove Background calls → enums → import). Returns text edits on the
 * original source, not applied. An SDK whose clients are used in ways that cannot be followed is left
 * alone, with an RB212 TODO at each of its Remove Background calls (or at its client creation).
 */
export function planSdkMigration(
  j: JSCodeshift,
  root: Collection<ASTNode>,
  source: string,
  options: SdkPlanOptions,
): SdkMigrationPlan {
  try {
    return plan(j, root, source, options);
  } catch (error) {
    // A planner bug must not cost the user the file: nothing of the SDK is rewritten, and an RB206 says why.
    const imports = findSdkImports(j, root, options);
    if (imports.length === 0) return { edits: [], todos: [], needsImport: false };
    const ctx = newContext(j, root, source, imports);
    addSdkTodo(
      ctx,
      imports[0]!.statement,
      'RB206',
      '',
      `SDK migration failed (${String(error).slice(0, 120)}); the SDK calls were left unchanged. Please report this with the snippet.`,
    );
    return { edits: ctx.edits, todos: ctx.todos, needsImport: false };
  }
}

function newContext(
  j: JSCodeshift,
  root: Collection<ASTNode>,
  source: string,
  imports: SdkPlanContext['imports'],
): SdkPlanContext {
  return {
    j,
    root,
    source,
    eol: source.includes('\r\n') ? '\r\n' : '\n',
    imports,
    edits: [],
    todos: [],
    consumed: [],
    runtimeNames: new Set(),
  };
}

function plan(
  j: JSCodeshift,
  root: Collection<ASTNode>,
  source: string,
  options: SdkPlanOptions,
): SdkMigrationPlan {
  const imports = findSdkImports(j, root, options);
  // A file may receive clients only through typed parameters (an `import type` of the SDK, no value import).
  const typed = options.sdkProject?.typed?.[resolve(options.filename)];
  const receiving = [...Object.values(typed?.params ?? {}), ...Object.values(typed?.fields ?? {})];
  const typedSdks = SDKS.filter((s) => receiving.includes(s.name));
  if (imports.length === 0 && typedSdks.length === 0) return { edits: [], todos: [], needsImport: false };
  const ctx = newContext(j, root, source, imports);
  const own = options.sdkProject?.modules[toModuleKey(options.filename)];
  const exportedOk = (name: string) => Boolean(own?.clients?.[name] || own?.factories?.[name]);
  const trace = traceSdkClients(j, root, imports, exportedOk, typed);
  const quote = imports[0]?.quote ?? "'";

  const migrating = new Set<SdkFacts>([...imports.map((i) => i.sdk), ...typedSdks]);
  for (const u of trace.untraced) migrating.delete(u.sdk);
  // closed world: a client shared with users that are not migrated stays V1 here too
  const shared = new Map(imports.filter((i) => i.blocked).map((i) => [i.sdk, i.blocked!]));
  for (const sdk of shared.keys()) migrating.delete(sdk);
  planExportTodos(ctx, trace, options);
  // Client creation that cannot be rewritten blocks its SDK too (its TODOs are kept).
  const creations = trace.producers.filter((p) => migrating.has(p.sdk));
  for (const sdk of [...migrating]) {
    const scratch: SdkPlanContext = {
      ...ctx,
      edits: [],
      consumed: [],
      runtimeNames: new Set(),
      todos: ctx.todos,
    };
    const ok = creations
      .filter((p) => p.sdk === sdk)
      .map((p) =>
        sdk.factory.form === 'call'
          ? planAioInitRewrite(scratch, p.path)
          : planPhotoshopClientRewrite(scratch, p.path),
      )
      .every(Boolean);
    const todos = scratch.edits.filter((e) => e.kind === 'todo');
    if (!ok) {
      migrating.delete(sdk);
      ctx.edits.push(...todos);
      continue;
    }
    ctx.edits.push(...scratch.edits);
    ctx.consumed.push(...scratch.consumed);
    for (const n of scratch.runtimeNames) ctx.runtimeNames.add(n);
  }

  for (const call of trace.calls) {
    if (!migrating.has(call.sdk) && shared.has(call.sdk)) {
      const callee = source.slice(call.path.node.callee.start, call.path.node.callee.end);
      addSdkTodo(ctx, call.path, 'RB213', '', describeShared(`of ${callee}()`, shared.get(call.sdk)!));
      continue;
    }
    if (!migrating.has(call.sdk)) {
      const reasons = trace.untraced.filter((u) => u.sdk === call.sdk).map((u) => u.reason);
      const callee = source.slice(call.path.node.callee.start, call.path.node.callee.end);
      addSdkTodo(ctx, call.path, 'RB212', `${callee} (${reasons[0] ?? 'client creation not rewritten'})`);
      continue;
    }
    if (call.sdk.name === 'aio') planAioCutoutRewrite(ctx, call, quote, trace);
    else planPhotoshopCallRewrite(ctx, call, quote, trace);
  }
  // A file only handing a typed client on (`run(client)` → `cut(client)`) still rewrites its types.
  const active = new Set(
    [...migrating].filter(
      (s) =>
        trace.calls.some((c) => c.sdk === s) || creations.some((p) => p.sdk === s) || typedSdks.includes(s),
    ),
  );
  planSdkEnumRewrite(ctx, trace, active, quote);
  planSdkTypeRewrite(ctx, trace, active, typed);
  planSdkImportRewrite(
    ctx,
    imports.filter((i) => active.has(i.sdk)),
  );
  if (ctx.runtimeNames.size === 0) {
    // nothing migrated: only TODOs may remain
    ctx.edits = ctx.edits.filter((e) => e.kind === 'todo');
  }
  return {
    edits: mergeEdits(ctx.edits),
    todos: ctx.todos.sort((a, b) => a.offset - b.offset),
    needsImport: [...ctx.runtimeNames].some((n) => !n.startsWith('type ')),
  };
}

/**
 * An exported client or factory that stays V1: RB213 when the project has users that are not migrated (the
 * module is blocked), RB219 when no project context was given (plain jscodeshift sees one file only).
 */
function planExportTodos(ctx: SdkPlanContext, trace: SdkTrace, options: SdkPlanOptions): void {
  const key = toModuleKey(options.filename);
  const blocked = options.sdkProject?.blocked?.[key];
  if (!blocked && options.sdkProject) return;
  for (const u of trace.untraced) {
    if (!u.reason.startsWith('exported as ')) continue;
    const name = u.reason.slice('exported as '.length);
    if (blocked) addSdkTodo(ctx, u.path, 'RB213', '', describeShared(name, blocked.reason));
    else addSdkTodo(ctx, u.path, 'RB219', name);
  }
}

/** The RB213 text: which client, and the use elsewhere that keeps it V1 (the reason names that file). */
function describeShared(name: string, reason: string): string {
  const rule = RULES_BY_CODE.RB213;
  return `${rule.message.replace('{value}', `${name} (${reason})`)}. ${rule.hint}`;
}

/** Sorts edits by position and joins insertions at the same offset (TODOs first, in order). */
function mergeEdits(edits: MigrationEdit[]): MigrationEdit[] {
  const sorted = edits
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || rank(a.e) - rank(b.e) || a.i - b.i)
    .map((x) => x.e);
  const out: MigrationEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.start === e.start && prev.end === e.start && e.kind === prev.kind && e.start === e.end) {
      prev.text += e.text;
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

function rank(e: MigrationEdit): number {
  return e.kind === 'todo' ? 0 : 1;
}

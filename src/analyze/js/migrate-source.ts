import { findTodoMarkers } from 'rb-migrate-runtime/mapping';
import { applyEdits } from './plan/apply-edits.ts';
import type { CodemodContext, TodoRequest } from './codemod-context.ts';
import { detectSkipReason } from './detect-skip-reason.ts';
import { detectStyle } from './detect-style.ts';
import { findEndpointSites } from './find-endpoint-sites.ts';
import { hasCandidate } from './has-candidate.ts';
import { parseSource } from '../ast/parse-source.ts';
import { placeTodos } from './plan/place-todos.ts';
import { planEndpointSites } from './plan/plan-endpoint-sites.ts';
import { planStatusUrls } from './plan/plan-status-urls.ts';
import { planSdkMigration } from '../sdk/plan-sdk-migration.ts';
import { traceResponseFlow } from './trace-response-flow.ts';
import { describeTodo } from './plan/describe-todo.ts';
import { findSharedPollers } from './find-shared-pollers.ts';
import { findProseMentions } from './find-endpoint-literals.ts';
import { isLinkedFile } from '../project/is-linked-file.ts';
import { planConfigReads } from './plan/plan-config-reads.ts';
import { planSharedLinks } from './plan/plan-shared-links.ts';
import { planCompatRequests } from './plan/plan-compat-requests.ts';
import { findCompatSites } from './find-compat-sites.ts';
import { planTypedSdkCalls } from '../sdk/plan-typed-sdk-calls.ts';
import { findUnsentBodies } from './find-unsent-bodies.ts';

/** The edits that belong to a request (its URL, body and response reads), which change together. */
const REQUEST_KINDS = new Set([
  'endpoint',
  'submit',
  'payload',
  'links',
  'status-url',
  'runtime-translation',
  'translate-import',
]);
import type { MigrateOptions, MigrateResult, MigrationEdit } from './types.ts';

/**
 * Migrates one file from Remove Background V1 to V2. A recipe over small helpers:
 * detect (endpoints, imported constants, /sensei bases) → plan (URL + payload per endpoint, all or nothing)
 * → verify (inside rewritePayload: the emitted literal must equal the translator's output) → apply (text
 * splices on the original source) → print (the new text and the TODO markers it carries).
 */
export function migrateSource(source: string, options: MigrateOptions): MigrateResult {
  const { filename, project } = options;
  const skip = detectSkipReason(source, filename);
  if (skip) return unchanged(source, skip);
  if (!hasCandidate(source, project) && !isLinkedFile(filename, project))
    return unchanged(source, 'no V1 Remove Background usage');

  const { j, root, parse } = parseSource(source, filename);
  const ctx: CodemodContext = { j, root, parse, source, filename, style: detectStyle(source), project };

  // detect
  const found = findEndpointSites(ctx);
  const { plan: direct } = found;
  // strategy: compat sends the V1 requests found through rb-migrate/runtime (v1Fetch, v1AxiosAdapter); those,
  // and requests a previous compat run already routed there, are not planned natively.
  const routed = findCompatSites(ctx, found.sites, found.statusUrls);
  const unrouted = <T>(list: readonly T[]) => list.filter((s) => !routed.handled.has(s as never));
  const compat =
    options.strategy === 'compat'
      ? planCompatRequests(ctx, unrouted(found.sites), unrouted(found.statusUrls), routed.calls)
      : routed;
  const handled = new Set([...routed.handled, ...compat.handled]);
  const sites = found.sites.filter((s) => !handled.has(s));
  const statusUrls = found.statusUrls.filter((s) => !handled.has(s));
  const edits: MigrationEdit[] = [...direct.edits, ...compat.edits];
  const todos: TodoRequest[] = [...direct.todos, ...compat.todos];

  // V1 SDK calls (aio-lib-photoshop-api, photoshop-apis) → the runtime client (planned in src/analyze/sdk)
  const sdk = planSdkMigration(j, root, source, { filename, sdkProject: project?.sdk });
  edits.push(...sdk.edits);
  todos.push(...sdk.todos.map((t) => ({ statementStart: t.offset, code: t.code, message: t.message })));

  // plan (+ verify, per payload)
  const planned = planEndpointSites(ctx, sites);
  edits.push(...planned.plan.edits);
  todos.push(...planned.plan.todos);
  const submissions = sites.length === 0 ? 'none' : planned.allApplied ? 'migrated' : 'held';
  const statuses = planStatusUrls(ctx, statusUrls, submissions);
  edits.push(...statuses.edits);
  todos.push(...statuses.todos);
  const responses = traceResponseFlow(ctx, planned.rewrittenCalls, sites.length > 0);
  edits.push(...responses.edits);
  todos.push(...responses.todos);

  // closed world: a request whose response a shared poller of another module reads (or sent through a
  // wrapper of another module that polls its own response's _links) stays V1 with its body
  const shared = findSharedPollers(ctx, responses.passedTo, planned.rewrittenCalls);
  if (shared.length > 0) {
    const kept = edits.filter((e) => !REQUEST_KINDS.has(e.kind));
    edits.splice(0, edits.length, ...kept);
    const reasons = todos.filter(
      (t) => !t.code.startsWith('RB1') && t.code !== 'RB220' && t.code !== 'RB264',
    );
    todos.splice(0, todos.length, ...reasons);
    for (const s of shared)
      todos.push({
        statementStart: s.statementStart,
        code: 'RB216',
        message: describeTodo('RB216', { sourceText: s.where }),
      });
  }
  todos.push(
    ...planConfigReads(ctx),
    ...planSharedLinks(ctx),
    ...planTypedSdkCalls(ctx, (at) => sdkHandles(sdk, at)),
  );

  // V1-shaped objects no request sends: not rewritten, reported (check: RB302, needing a human)
  const unsent = findUnsentBodies(
    ctx,
    planned.sent,
    [...edits, ...compat.calls.flatMap((c) => c.covers.map((r) => ({ ...r, text: '', kind: 'compat' })))],
    todos,
  );

  // apply
  const allEdits = dropOverlaps(dedupe([...edits, ...placeTodos(ctx, todos)]));
  const output = applyEdits(source, allEdits);

  // print
  return {
    output,
    changed: output !== source,
    edits: allEdits.sort((a, b) => a.start - b.start),
    planned: todos.map((t) => ({ offset: t.statementStart, code: t.code, message: t.message })),
    prose: findProseMentions(ctx),
    ...(compat.calls.length > 0 ? { compat: compat.calls } : {}),
    ...(planned.shared.length > 0 ? { shared: planned.shared } : {}),
    ...(unsent.length > 0 ? { unsent } : {}),
    todos: findTodoMarkers(output).map((m) => ({
      line: lineOf(output, m.index),
      code: m.code,
      message: m.message,
    })),
  };
}

function unchanged(source: string, skipped: string): MigrateResult {
  return { output: source, changed: false, skipped, edits: [], todos: [], planned: [] };
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The same edit planned twice (a payload shared by two endpoints) is applied once. */
function dedupe(edits: MigrationEdit[]): MigrationEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const key = `${e.start}:${e.end}:${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Two different rewrites of the same text (e.g. one payload posted to both endpoints) cannot both be
 * right: the first one wins only if it is a TODO insertion; otherwise both are dropped.
 */
function dropOverlaps(edits: MigrationEdit[]): MigrationEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const conflicted = new Set<MigrationEdit>();
  for (let i = 0; i < sorted.length; i++) {
    for (let k = i + 1; k < sorted.length && sorted[k]!.start < sorted[i]!.end; k++) {
      conflicted.add(sorted[i]!);
      conflicted.add(sorted[k]!);
    }
  }
  return sorted.filter((e) => !conflicted.has(e) || e.kind === 'todo');
}

/** Whether the SDK planner already rewrote or reported the call starting at `at`. */
function sdkHandles(sdk: { edits: MigrationEdit[]; todos: { offset: number }[] }, at: number): boolean {
  return (
    sdk.edits.some((e) => e.kind !== 'todo' && e.start <= at && at < e.end) ||
    sdk.todos.some((t) => t.offset <= at && at - t.offset < 400)
  );
}

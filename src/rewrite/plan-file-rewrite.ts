import { readFileSync } from 'node:fs';
import { createTwoFilesPatch } from 'diff';
import { mayHaveV1Shape } from '../analyze/may-have-v1-shape.ts';
import type { MigrationTodo, ProjectContext } from '../analyze/js/types.ts';
import { SourceParseError } from '../analyze/js/types.ts';
import { isLinkedFile } from '../analyze/project/is-linked-file.ts';
import { decodeText } from '../files/decode-text.ts';
import { detectBinary } from '../files/detect-binary.ts';
import { detectMachineMade } from '../files/detect-machine-made.ts';
import { encodeText } from '../files/encode-text.ts';
import type { SharedUse, Site } from '../analyze/model.ts';
import { planJsSource } from './plan-js-source.ts';
import { deriveTextSites } from '../analyze/text/derive-text-sites.ts';
import { createLineIndex } from '../analyze/create-line-index.ts';
import { findJsonConfigUrls } from '../analyze/json/find-json-config-urls.ts';
import { findJsonV1Examples } from '../analyze/json/find-json-v1-examples.ts';
import { findApidocData } from '../analyze/json/find-apidoc-data.ts';
import { findJsonV1Bodies } from '../analyze/json/find-json-v1-bodies.ts';
import { parseTree } from 'jsonc-parser';
import { placeJsoncTraces } from './place-jsonc-traces.ts';
import {
  formatMessage,
  RULES_BY_CODE,
  type RuleCode,
  V1_SEGMENT,
  SDK_MODULES,
  RUNTIME_MODULE,
} from 'rb-migrate-runtime/mapping';
import { importsRuntimeModule } from '../analyze/js/imports-runtime-module.ts';
import { formatWithPrettier } from './format-with-prettier.ts';
import { loadCodemod } from '../analyze/project/load-codemod.ts';
import { rewriteShell } from './rewrite-shell.ts';
import { leaveProxyServer } from './leave-proxy-server.ts';
import { findMarkdownJsBlocks } from '../analyze/markdown/find-markdown-js-blocks.ts';
import { planMarkdownJsBlocks } from '../analyze/markdown/plan-markdown-js-blocks.ts';
import { leaveMachineMade } from '../analyze/project/leave-machine-made.ts';
import { rewriteJson, type AcceptedJsonLoss, type RewriteJsonOptions } from './rewrite-json.ts';
import { MAX_REWRITE_BYTES, REWRITE_KINDS } from '../analyze/rewrite-kinds.ts';

export type PrettierMode = 'auto' | 'on' | 'off';

export interface RewriteFileOptions {
  dry: boolean;
  prettier: PrettierMode;
  diff: boolean;
  /** How V1 JS/TS requests are rewritten (MigrateOptions.strategy); default native. */
  strategy?: 'native' | 'compat';
  project?: ProjectContext;
  /** Names of project constants holding V1 URLs (JS prefilter). */
  constantNames?: readonly string[];
  /** Absolute paths of files importing an SDK wrapper module of the project (always codemod candidates). */
  sdkImporters?: readonly string[];
  /** Migrate V1 bodies of strict JSON that lose something (`rewrite --accept-loss`); else they stay V1 (RB344). */
  acceptLoss?: boolean;
}

/** What a file's rewrite would be: its outcome, and for a changed file the bytes to write (see commitRewrite). */
export interface PlannedRewrite {
  outcome: FileOutcome;
  bytes?: Uint8Array;
  /** The file's V1 sites and the decision on each (what check reports). */
  sites?: Site[];
  /** The exported V1 URL constants the file defines or sends, and whether it migrated with them. */
  shared?: SharedUse[];
  /** The bytes the plan was made from (with `bytes`): the file is replaced only if it still holds exactly these. */
  read?: Uint8Array;
  /** Packages the rewritten file imports that it did not before (rb-migrate-runtime): see planRuntimeDependencies. */
  requires?: string[];
  /** Losses of strict-JSON bodies migrated with `acceptLoss`: what rewrite records in the baseline. */
  accepted?: AcceptedJsonLoss[];
}

export interface FileOutcome {
  path: string;
  status: 'changed' | 'unchanged' | 'skipped' | 'failed';
  todos: MigrationTodo[];
  reason?: string;
  error?: string;
  diff?: string;
}

/**
 * Migrates one file: read → skip binary/huge/non-UTF-8/generated → cheap prefilter → the rewriter for its
 * kind (codemod for JS/TS, JSON, shell/Markdown curl) → Prettier on changed files if asked → encode with the
 * original BOM and line endings. Writes nothing: the caller commits the bytes (commitRewrite) once it knows
 * the plan holds, so a plan made before the cross-file context was known can be thrown away. Never throws:
 * failures are outcomes. Pure per file, so it runs on worker threads.
 */
export async function planFileRewrite(
  file: { path: string; absolute: string },
  options: RewriteFileOptions,
): Promise<PlannedRewrite> {
  return toPlan(await planOutcome(file, options));
}

async function planOutcome(
  file: { path: string; absolute: string },
  options: RewriteFileOptions,
): Promise<FileOutcome | PlannedRewrite> {
  const base = { path: file.path, todos: [] as MigrationTodo[] };
  const kind = REWRITE_KINDS[extensionOf(file.path)];
  if (!kind)
    return { ...base, status: 'skipped', reason: 'no rewriter for this file type (check still scans it)' };
  let bytes: Buffer;
  try {
    // One small file: a synchronous read avoids four thread-pool round trips.
    bytes = readFileSync(file.absolute);
  } catch (error) {
    return {
      ...base,
      status: 'failed',
      error: `cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    };
  }
  if (detectBinary(bytes)) return { ...base, status: 'skipped', reason: 'binary file' };
  if (bytes.length > MAX_REWRITE_BYTES) {
    return bytes.includes(V1_SEGMENT)
      ? {
          ...base,
          status: 'failed',
          error: `too large to rewrite (${(bytes.length / 1048576).toFixed(1)} MB > 8 MB) and it mentions /sensei; migrate it by hand`,
        }
      : {
          ...base,
          status: 'skipped',
          reason: `larger than 8 MB (${(bytes.length / 1048576).toFixed(1)} MB)`,
        };
  }
  const importsSdkWrapper =
    (options.sdkImporters?.includes(file.absolute) ?? false) || isLinkedFile(file.absolute, options.project);
  if (!importsSdkWrapper && !prefilter(bytes, kind, options.constantNames))
    return { ...base, status: 'unchanged' };
  const decoded = decodeText(bytes);
  if (!decoded.utf8)
    return { ...base, status: 'skipped', reason: 'not valid UTF-8; left untouched (check still scans it)' };
  const machine = detectMachineMade(decoded.text.slice(0, 8192), { minifiable: kind === 'js' });
  if (machine) {
    // Never rewritten; a V1 use in it is reported by both commands with the same reason (RB330).
    const left = leaveMachineMade(decoded.text, file.path, machine);
    if (!left) return { ...base, status: 'skipped', reason: machine };
    return {
      outcome: { ...base, status: 'unchanged', todos: [left.todo], reason: machine },
      sites: [left.site],
    };
  }
  // The V1 SDK's own package (its code, README, test doubles): the SDK, not a user of it (RB342).
  const sdkPackage = options.project?.sdkPackages?.[file.absolute];
  if (sdkPackage) {
    const left = leaveMachineMade(decoded.text, file.path, sdkPackage, 'RB342');
    if (!left) return { ...base, status: 'unchanged' };
    return { outcome: { ...base, status: 'unchanged', todos: [left.todo] }, sites: [left.site] };
  }

  let output: string;
  let todos: MigrationTodo[];
  let sites: Site[];
  let shared: SharedUse[] | undefined;
  let accepted: AcceptedJsonLoss[] | undefined;
  try {
    const apidoc = kind === 'js' ? findApidocData(decoded.text) : undefined;
    const proxied = options.project?.proxied;
    if (kind === 'js' && proxied?.servers[file.absolute]) {
      // closed world: a proxy serving V1 paths to a Postman collection stays V1 with it (RB251 at each route)
      ({ output, todos, sites } = leaveProxyServer(decoded.text, file.path, proxied.servers[file.absolute]!));
    } else if (kind === 'json' && proxied?.collections[file.absolute]) {
      ({ output, todos, sites } = leaveProxiedCollection(
        decoded.text,
        file.path,
        proxied.collections[file.absolute]!,
      ));
    } else if (apidoc) {
      // apidoc's api_data.js is its JSON twin wrapped in define(...): planned as that JSON.
      ({ output, todos, sites } = planEmbeddedJson(decoded.text, apidoc, file.path));
    } else if (kind === 'js') {
      const codemod = await loadCodemod();
      const planned = planJsSource(codemod.migrateSource, decoded.text, file, options);
      if (planned.skipped !== undefined) return { ...base, status: 'skipped', reason: planned.skipped };
      ({ output, todos, sites } = planned);
      shared = planned.shared;
    } else if (kind === 'json' && options.project?.bodyFiles?.[file.absolute]) {
      // closed world: a body file a curl request sends stays V1 with that request (RB230 there)
      ({ output, todos, sites } = leaveBodyFile(decoded.text, file.path));
    } else if (kind === 'json' && options.project?.configs?.[file.absolute]) {
      // closed world: a config value code reads stays V1 with the request that uses it (RB215 there)
      ({ output, todos, sites } = leaveConfigValues(decoded.text, file.path));
    } else if (kind === 'json') {
      const strict = extensionOf(file.path) === 'json';
      ({ output, todos, sites, accepted } = planJsonDocument(
        decoded.text,
        file.path,
        { strict, acceptLoss: options.acceptLoss ?? false },
        !strict,
      ));
    } else if (kind === 'markdown') {
      // JS/TS code blocks go through the JS engine (their sites, reported by check), then the shell blocks.
      const blocks = findMarkdownJsBlocks(decoded.text);
      const js =
        blocks.length > 0
          ? planMarkdownJsBlocks(decoded.text, blocks, file, (await loadCodemod()).migrateSource)
          : { output: decoded.text, sites: [], planned: [] };
      ({ output, todos } = rewriteShell(js.output, kind, js.planned));
      sites = js.sites;
    } else {
      ({ output, todos } = rewriteShell(decoded.text, kind));
      // Shell scripts are reported by the shell analysis itself (check: detectShellSites).
      sites = [];
    }
  } catch (error) {
    const message =
      error instanceof SourceParseError
        ? error.message.replace(file.absolute, file.path)
        : `${(error as Error).message ?? String(error)}`;
    return {
      ...base,
      status: 'failed',
      error: error instanceof SourceParseError ? `cannot parse: ${message}` : `rewrite failed: ${message}`,
    };
  }
  const uses = shared ? { shared } : {};
  if (output === decoded.text) return { outcome: { ...base, status: 'unchanged', todos }, sites, ...uses };
  try {
    // A dry run without --diff shows no content, so formatting would be wasted work.
    if (!options.dry || options.diff)
      output = await formatWithPrettier(decoded.text, output, file.absolute, options.prettier);
  } catch {
    // Prettier trouble never blocks the migration; the unformatted result is still correct.
  }
  const outcome: FileOutcome = { ...base, status: 'changed', todos };
  if (options.diff)
    outcome.diff = createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, decoded.text, output, '', '', {
      context: 3,
    });
  const requires =
    kind === 'js' && importsRuntimeModule(output) && !importsRuntimeModule(decoded.text)
      ? [RUNTIME_MODULE]
      : [];
  return {
    outcome,
    ...(options.dry ? {} : { bytes: encodeText(output, decoded), read: bytes }),
    sites,
    ...uses,
    ...(requires.length > 0 ? { requires } : {}),
    ...(accepted ? { accepted } : {}),
  };
}

/**
 * A JSON document (not a config code reads): whole V1 examples left V1, else rewritten in place. With `comments`
 * (JSONC) what the rewrite lost is traced in the file.
 */
function planJsonDocument(
  text: string,
  path: string,
  options: RewriteJsonOptions = {},
  comments = false,
): { output: string; todos: MigrationTodo[]; sites: Site[]; accepted?: AcceptedJsonLoss[] } {
  // V1 examples (request text with its body, responses with _links) stay whole, never half-translated
  if (findJsonV1Examples(text).length > 0) return leaveV1Examples(text, path);
  const json = rewriteJson(text, path, options);
  // An OpenAPI path left V1 is one site spanning its operation (what check finds inside is that site).
  const held = json.held ?? [];
  const isHeld = (t: MigrationTodo) => held.some((h) => h.code === t.code && h.message === t.message);
  // JSONC holds comments: what a migrated document lost is traced in the file (strict JSON held it as RB344).
  const { output, todos } =
    comments && json.changed
      ? placeJsoncTraces(json.output, json.todos, (t) => !isHeld(t))
      : { output: json.output, todos: json.todos };
  const unheld = todos.filter((t) => !isHeld(t));
  return {
    output,
    todos,
    sites: [...deriveTextSites(text, output, unheld, path), ...leaveHeldSpans(text, held, path)],
    ...(json.accepted ? { accepted: json.accepted } : {}),
  };
}

/** A JSON document embedded in a source at `range`: planned as JSON, its lines and offsets those of the source. */
function planEmbeddedJson(
  source: string,
  range: { start: number; end: number },
  path: string,
): { output: string; todos: MigrationTodo[]; sites: Site[] } {
  const inner = planJsonDocument(source.slice(range.start, range.end), path);
  const lines = createLineIndex(source);
  const before = lines.position(range.start).line - 1;
  return {
    output: source.slice(0, range.start) + inner.output + source.slice(range.end),
    todos: inner.todos.map((t) => ({ ...t, line: t.line + before })),
    sites: inner.sites.map((site) => {
      const start = site.start + range.start;
      return {
        ...site,
        start,
        end: site.end + range.start,
        ...lines.position(start),
        ...(site.covers
          ? { covers: site.covers.map((c) => ({ start: c.start + range.start, end: c.end + range.start })) }
          : {}),
      };
    }),
  };
}

interface LeftSpan {
  rule: RuleCode;
  start: number;
  end: number;
  value: string;
  message: string;
}

/** JSON spans left V1, each a whole `leave` site grouped by file (the one shape of the JSON surfaces). */
function leaveSpans(text: string, path: string, kind: Site['kind'], spans: LeftSpan[]): Site[] {
  const lines = createLineIndex(text);
  return spans.map((span): Site => ({
    kind,
    rule: span.rule,
    start: span.start,
    end: span.end,
    ...lines.position(span.start),
    decision: { kind: 'leave', code: span.rule, message: span.message },
    group: path,
    value: span.value,
  }));
}

/** The message of a left span: the rule's message with its value, then its hint. */
function describeLeft(rule: RuleCode, value: string): string {
  return `${formatMessage(RULES_BY_CODE[rule].message, { value })}. ${RULES_BY_CODE[rule].hint}`;
}

function leaveConfigValues(
  text: string,
  path: string,
): { output: string; todos: MigrationTodo[]; sites: Site[] } {
  const spans = findJsonConfigUrls(text).map((u): LeftSpan => ({
    rule: 'RB309',
    start: u.offset,
    end: u.offset + u.length,
    value: u.v1,
    message: describeLeft('RB309', `${u.key} = ${u.v1}`),
  }));
  return { output: text, todos: [], sites: leaveSpans(text, path, 'config-value', spans) };
}

function leaveBodyFile(
  text: string,
  path: string,
): { output: string; todos: MigrationTodo[]; sites: Site[] } {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const spans = (root ? findJsonV1Bodies(root) : []).map((b): LeftSpan => ({
    rule: 'RB340',
    start: b.node.offset,
    end: b.node.offset + b.node.length,
    value: path,
    message: describeLeft('RB340', path),
  }));
  return { output: text, todos: [], sites: leaveSpans(text, path, 'other', spans) };
}

function leaveHeldSpans(
  text: string,
  held: NonNullable<ReturnType<typeof rewriteJson>['held']>,
  path: string,
): Site[] {
  const sites = leaveSpans(
    text,
    path,
    'endpoint',
    held.map((h) => ({ ...h, rule: h.code as RuleCode })),
  );
  return sites.map((site, i) => (held[i]!.covers ? { ...site, covers: held[i]!.covers } : site));
}

/** A Postman collection whose V1 requests go through a proxy of the project: left V1 with it (RB331). */
function leaveProxiedCollection(
  text: string,
  path: string,
  urls: readonly { offset: number; length: number; v1: string }[],
): { output: string; todos: MigrationTodo[]; sites: Site[] } {
  const spans = urls.map((u): LeftSpan => ({
    rule: 'RB331',
    start: u.offset,
    end: u.offset + u.length,
    value: u.v1,
    message: describeLeft('RB331', u.v1),
  }));
  // One group with the proxy: whatever else the collection holds (its V1 bodies) is left with its requests.
  const sites = leaveSpans(text, path, 'endpoint', spans).map((s) => ({
    ...s,
    covers: [{ start: 0, end: text.length }],
  }));
  return {
    output: text,
    todos: sites.map((s) => ({ line: s.line, code: s.rule, message: describeOf(s) })),
    sites,
  };
}

function describeOf(site: Site): string {
  return site.decision.kind === 'leave' ? site.decision.message : '';
}

function leaveV1Examples(
  text: string,
  path: string,
): { output: string; todos: MigrationTodo[]; sites: Site[] } {
  const spans = findJsonV1Examples(text).map((u): LeftSpan => ({
    rule: 'RB311',
    start: u.offset,
    end: u.offset + u.length,
    value: u.v1,
    message: describeLeft('RB311', u.v1),
  }));
  return { output: text, todos: [], sites: leaveSpans(text, path, 'text-url', spans) };
}

function toPlan(result: FileOutcome | PlannedRewrite): PlannedRewrite {
  return 'outcome' in result ? result : { outcome: result, sites: [] };
}

function prefilter(bytes: Buffer, kind: string, names: readonly string[] | undefined): boolean {
  if (bytes.includes(V1_SEGMENT) || bytes.includes('rb-migrate')) return true;
  if (kind === 'json') return mayHaveV1Shape(bytes);
  // Markdown: its JS code blocks may call a V1 SDK (planMarkdownJsBlocks).
  if (kind === 'markdown') return SDK_MODULES.some((m) => bytes.includes(m));
  if (kind !== 'js') return false;
  if (SDK_MODULES.some((m) => bytes.includes(m))) return true;
  if (mayHaveV1Shape(bytes)) return true;
  return (names ?? []).some((n) => bytes.includes(n));
}

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1);
}

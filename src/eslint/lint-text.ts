import { dirname, relative, resolve } from 'node:path';
import { isMigrated, type Site } from '../analyze/model.ts';
import { mayMentionV1 } from '../analyze/project/is-rewrite-candidate.ts';
import { REWRITE_KINDS } from '../analyze/rewrite-kinds.ts';
import { scanText } from '../check/scan-file.ts';
import type { AnalysisCache, CachedFile } from '../check/types.ts';
import { foldImportedConstants } from '../analyze/project/fold-imported-constants.ts';
import { migrateSource } from '../analyze/js/migrate-source.ts';
import type { ProjectContext } from '../analyze/js/types.ts';
import { decodeText } from '../files/decode-text.ts';
import { encodeText } from '../files/encode-text.ts';
import { hashText } from '../files/hash-text.ts';
import { planJsSource } from '../rewrite/plan-js-source.ts';
import { TODO_MARKER_TAG, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import { findExportedValues } from './find-exported-values.ts';
import { readAnalysisCache } from './read-analysis-cache.ts';

/** One finding as the rule reports it: check's finding, whether the rule fixes it, and why not when not. */
export type LintFinding = CachedFile['findings'][number] & { fix: boolean; note?: string };

export interface LintResult {
  /** `cache`: check's whole-project findings for this exact text; `alone`: the file analysed by itself. */
  source: 'cache' | 'alone';
  findings: LintFinding[];
  /** The one replacement turning the text into what `rb-migrate rewrite --prettier off` writes. */
  fix?: { range: [number, number]; text: string };
}

const V1_PATH = createV1PathPattern('');

/**
 * What the ESLint rule reports for one JS/TS text. With a cache entry whose hash matches the text, check's
 * findings (closed world); otherwise the file alone, open world, with the jscodeshift transform's adapter
 * (constants imported from sibling modules read from disk, then migrateSource). Fixes only where rewrite
 * fixes and every edit of the change is in this file: a change shared with other files (a V1 URL constant
 * and the body it is sent with, an SDK wrapper and its importers), or one that touches a value this file
 * exports while its importers are unseen, is reported without a fix.
 */
export function lintText(text: string, filename: string, cacheFile?: string | false): LintResult {
  const absolute = resolve(filename);
  if (REWRITE_KINDS[extensionOf(absolute)] !== 'js' || /\.d\.[cm]?ts$/i.test(absolute))
    return { source: 'alone', findings: [] };
  const cache = cacheFile === false ? undefined : readAnalysisCache(absolute, cacheFile);
  const entry = cache?.files[absolute];
  if (cache && entry && entry.hash === hashText(text)) return fromCache(text, absolute, cache, entry);
  return alone(text, absolute);
}

function fromCache(text: string, absolute: string, cache: AnalysisCache, entry: CachedFile): LintResult {
  const fixable = entry.findings.some((f) => f.fixable);
  // Another file of the change with edits to make (one the cache does not hold, such as a JSON config, counts).
  const elsewhere = (entry.together ?? []).filter(
    (p) => !cache.files[p] || cache.files[p]!.findings.some((f) => f.fixable),
  );
  if (!fixable) return { source: 'cache', findings: entry.findings.map((f) => ({ ...f, fix: false })) };
  if (elsewhere.length > 0) {
    const names = elsewhere.map((p) => relative(dirname(absolute), p)).join(', ');
    const note = `changes together with ${names}: run rb-migrate rewrite`;
    return {
      source: 'cache',
      findings: entry.findings.map((f) => ({ ...f, fix: false, ...(f.fixable ? { note } : {}) })),
    };
  }
  const plan = planJsSource(
    migrateSource,
    text,
    { path: absolute, absolute },
    withProject(cache.options.project),
  );
  const fix = plan.skipped === undefined ? diffText(text, plan.output) : undefined;
  return {
    source: 'cache',
    findings: entry.findings.map((f) => ({ ...f, fix: f.fixable && fix !== undefined })),
    ...(fix ? { fix } : {}),
  };
}

function alone(text: string, absolute: string): LintResult {
  if (!mayMentionV1(Buffer.from(text, 'utf8')) && !text.includes(TODO_MARKER_TAG))
    return { source: 'alone', findings: [] };
  const project = foldImportedConstants(absolute, text);
  let sites: Site[] = [];
  let output: string | undefined;
  try {
    const plan = planJsSource(migrateSource, text, { path: absolute, absolute }, withProject(project));
    if (plan.skipped === undefined) ({ sites, output } = plan);
  } catch {
    // Unparsable: check reports what its text scan finds, and so does the rule (no fix).
  }
  const scan = scanText(text, absolute, sites);
  const findings = scan.findings.filter((f) => !f.suppression);
  const note = describeOpenWorld(text, absolute, project, sites);
  const fix = !note && output !== undefined ? diffText(text, output) : undefined;
  return {
    source: 'alone',
    findings: findings.map(
      ({ path: _p, snippet: _s, fingerprint: _f, suppression: _x, ...f }): LintFinding => ({
        ...f,
        fix: f.fixable && fix !== undefined,
        ...(f.fixable && note ? { note } : {}),
      }),
    ),
    ...(fix ? { fix } : {}),
  };
}

/**
 * Why a file seen alone gets no fix although rewrite would change it: the change depends on a V1 URL
 * constant of another module, it hands the job response to a function it cannot follow, or it changes a
 * value this module exports (a constant, an object) whose importers the rule cannot see.
 * Undefined when the change is the file's own.
 */
function describeOpenWorld(
  text: string,
  absolute: string,
  project: ProjectContext | undefined,
  sites: readonly Site[],
): string | undefined {
  const migrated = sites.filter(isMigrated);
  if (migrated.length === 0) return undefined;
  const imported = Object.values(project?.constants ?? {}).some((values) =>
    Object.values(values).some((v) => V1_PATH.test(v) || /\/sensei\/?$/.test(v)),
  );
  if (imported)
    return 'uses a V1 URL constant of another module, which changes with it: run rb-migrate rewrite (or rb-migrate check --cache)';
  // The job response goes to a function the plan cannot follow: a shared poller of another module keeps the
  // request V1 in the closed world (RB216), which this file alone cannot tell.
  const passed = migrated.some(
    (s) => s.decision.kind === 'migrate-with-loss' && s.decision.losses.some((l) => l.code === 'RB220'),
  );
  if (passed)
    return 'passes the V1 job response to code ESLint cannot follow (RB220): run rb-migrate rewrite (or rb-migrate check --cache)';
  const exported = findExportedValues(text, absolute);
  // (Exported SDK clients and factories are the codemod's own open-world decision: it leaves them, RB-coded.)
  const shared = migrated.some((s) =>
    exported.some((e) => !e.callable && s.start < e.end && e.start < s.end),
  );
  return shared
    ? 'changes a value this module exports, whose importers ESLint cannot see: run rb-migrate rewrite (or rb-migrate check --cache)'
    : undefined;
}

/** The one replacement (common prefix and suffix kept) turning `text` into rewrite's output for it. */
function diffText(text: string, output: string): LintResult['fix'] {
  // rewrite writes a CRLF file's new lines as CRLF too (encodeText); so does the fix.
  const written = encodeText(output, { bom: false, eol: decodeText(Buffer.from(text, 'utf8')).eol }).toString(
    'utf8',
  );
  if (written === text) return undefined;
  let start = 0;
  while (start < text.length && start < written.length && text[start] === written[start]) start++;
  let end = 0;
  while (
    end < text.length - start &&
    end < written.length - start &&
    text[text.length - 1 - end] === written[written.length - 1 - end]
  )
    end++;
  return { range: [start, text.length - end], text: written.slice(start, written.length - end) };
}

function withProject(project: ProjectContext | undefined): { project?: ProjectContext } {
  return project ? { project } : {};
}

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1);
}

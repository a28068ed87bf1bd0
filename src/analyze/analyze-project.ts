import type { ProjectContext } from './js/types.ts';
import { readFileBytes } from '../files/read-file-bytes.ts';
import { decideSharedUses } from './decide-shared-uses.ts';
import type { SharedUse, Site } from './model.ts';
import { collectProjectContext } from './project/collect-project-context.ts';
import { findChangeGroups } from './project/find-change-groups.ts';
import { isRewriteCandidate } from './project/is-rewrite-candidate.ts';
import { quietFileFacts, readFileFacts } from './project/read-file-facts.ts';
import { MAX_REWRITE_BYTES } from './rewrite-kinds.ts';

export interface AnalyzedFile {
  path: string;
  absolute: string;
  /**
   * Known (from discovery's `git grep`, see DiscoverOptions.needles with FACT_NEEDLES) to hold none of the
   * needles readFileFacts looks for and no NUL byte; `size` its size on disk. Such a file is not read here.
   */
  quiet?: boolean;
  size?: number;
}

/** What a file's plan is planned with: the whole project's facts and the decisions taken on them. */
export interface ProjectOptions {
  project?: ProjectContext;
  /** Names of project constants holding V1 URLs (JS prefilter). */
  constantNames: readonly string[];
  /** Absolute paths of files importing an SDK wrapper module of the project (always candidates). */
  sdkImporters: readonly string[];
}

/**
 * Plans one file: its sites with one decision each (and whatever else the caller keeps, e.g. the bytes
 * to write). Runs on worker threads in the CLI; `early` plans are made before the project context exists.
 */
export interface FilePlanner<F extends AnalyzedFile, P extends { sites?: Site[]; shared?: SharedUse[] }> {
  plan(file: F, options: ProjectOptions | undefined): Promise<P>;
  /** True when plans may start while files are still being read (a worker pool is running). */
  speculate: boolean;
}

export interface ProjectAnalysis<F, P> {
  /** The files (of `targets`) that may use V1, in path order, each with its plan. */
  plans: { file: F; index: number; plan: Promise<P> }[];
  /** The whole project's facts the plans were made with (the ESLint rule's cache replays them). */
  options: ProjectOptions;
  /** For each file whose V1 usage changes together with other files, those files (see findChangeGroups). */
  groups: Map<string, string[]>;
  /** Absolute paths of the files found plain (FileFacts.plain): `check` does not read them again. */
  plain: Set<string>;
  warning?: string;
}

/**
 * The one analysis `check` reports and `rewrite` applies. Phase A: one read per file gives its facts
 * (imports, SDK names, V1 mentions), and the cross-file context is built from ALL files, so every shard
 * reaches the same whole-project decisions (closed world: a shared value changes only with all its users,
 * see decideSites through collectProjectContext). Phase B: each candidate among `targets` is planned with
 * that context (plans that cannot depend on it start early, while the rest is still being read).
 */
export async function analyzeProject<
  F extends AnalyzedFile,
  P extends { sites?: Site[]; shared?: SharedUse[] },
>(all: readonly F[], targets: readonly F[], planner: FilePlanner<F, P>): Promise<ProjectAnalysis<F, P>> {
  const targeted = new Set(targets.map((t) => t.absolute));
  const early = new Map<number, Promise<P>>();
  const plain = new Set<string>();
  const facts = all.map((f, i) => {
    const fact =
      f.quiet && f.size !== undefined && f.size <= MAX_REWRITE_BYTES
        ? quietFileFacts(f.absolute)
        : readFileFacts(f.absolute);
    if (fact.plain) plain.add(f.absolute);
    if (planner.speculate && fact.candidate && targeted.has(f.absolute))
      early.set(i, planner.plan(f, undefined));
    return fact;
  });
  const context = await collectProjectContext(all, facts);
  const sdkImporters = new Set(context.sdkImporters);
  const options: ProjectOptions = {
    ...(context.project ? { project: context.project } : {}),
    constantNames: context.constantNames,
    sdkImporters: context.sdkImporters,
  };
  const plans: ProjectAnalysis<F, P>['plans'] = [];
  all.forEach((f, i) => {
    if (!targeted.has(f.absolute)) return;
    const candidate =
      facts[i]!.candidate ||
      sdkImporters.has(f.absolute) ||
      (context.linked?.has(f.absolute) ?? false) ||
      // The names of cross-file V1 URL constants are known only now: look again at the files that passed
      // no other test.
      (context.constantNames.length > 0 && mentionsConstant(f.absolute, context.constantNames));
    if (!candidate) return;
    // A plan made without the context holds when the context cannot change it: there is none, or the
    // file imports nothing from the project (constants, SDK wrappers and configs reach a file only
    // through imports), nothing of the project reads it, and it exports no SDK client others may share.
    const made = early.get(i);
    const alone =
      facts[i]!.imports.length === 0 &&
      !context.linked?.has(f.absolute) &&
      !(context.project?.sdk && facts[i]!.sdk);
    const holds = made && (!context.project || alone);
    plans.push({ file: f, index: i, plan: holds ? made : planner.plan(f, options) });
  });
  // closed world across files: the options the final plans were made with (shared URLs held, if any)
  const decided = context.constantNames.length > 0 ? await holdSharedUrls(plans, planner, options) : options;
  const groups = findChangeGroups(all, facts, context);
  return {
    plans,
    options: decided,
    groups,
    plain,
    ...(context.warning ? { warning: context.warning } : {}),
  };
}

/**
 * Closed world for exported V1 URL constants: when a file cannot migrate a request that sends one, the
 * constant stays V1 and every file using it is planned again with it held (decideSharedUses), until no
 * new value is held (holding one may block a body another URL shares).
 */
async function holdSharedUrls<F extends AnalyzedFile, P extends { sites?: Site[]; shared?: SharedUse[] }>(
  plans: ProjectAnalysis<F, P>['plans'],
  planner: FilePlanner<F, P>,
  options: ProjectOptions,
): Promise<ProjectOptions> {
  let held = new Set<string>();
  let decided = options;
  for (let round = 0; round < 6; round++) {
    const done = await Promise.all(plans.map((p) => p.plan));
    const next = decideSharedUses([
      ...done.map((d) => d.shared),
      [...held].map((key) => ({ key, applied: false })),
    ]);
    if (next.size === held.size) return decided;
    held = next;
    const project = { constants: {}, ...options.project, heldUrls: [...held].sort() };
    decided = { ...options, project };
    done.forEach((plan, i) => {
      if (plan.shared?.some((use) => held.has(use.key)))
        plans[i]!.plan = planner.plan(plans[i]!.file, decided);
    });
  }
  return decided;
}

function mentionsConstant(absolute: string, constantNames: readonly string[]): boolean {
  const read = readFileBytes(absolute, MAX_REWRITE_BYTES);
  return read.kind !== 'bytes' || isRewriteCandidate(read.bytes, constantNames);
}

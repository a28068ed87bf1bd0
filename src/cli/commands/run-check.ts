import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyzeProject } from '../../analyze/analyze-project.ts';
import type { Site } from '../../analyze/model.ts';
import { planRuntimeDependencies } from '../../analyze/project/plan-runtime-dependencies.ts';
import { FACT_NEEDLES } from '../../analyze/project/read-file-facts.ts';
import { REWRITE_KINDS } from '../../analyze/rewrite-kinds.ts';
import { startRewritePoolEarly } from '../../rewrite/start-rewrite-pool-early.ts';
import { applyBaseline } from '../../check/apply-baseline.ts';
import { createBaselineFile } from '../../check/create-baseline-file.ts';
import { fingerprintFindings } from '../../check/fingerprint-findings.ts';
import { formatGithub } from '../../check/format-github.ts';
import { formatSarif } from '../../check/format-sarif.ts';
import { formatText } from '../../check/format-text.ts';
import { readBaseline } from '../../check/read-baseline.ts';
import { rebaseFindings } from '../../check/rebase-findings.ts';
import { scanFile, type ScanResult } from '../../check/scan-file.ts';
import { ANALYSIS_CACHE_FILE, type Finding } from '../../check/types.ts';
import { writeAnalysisCache } from '../../check/write-analysis-cache.ts';
import { createProgress } from '../../files/create-progress.ts';
import { discoverFiles } from '../../files/discover-files.ts';
import { mapWithConcurrency } from '../../files/map-with-concurrency.ts';
import { parseShard } from '../../files/parse-shard.ts';
import { shardFiles } from '../../files/shard-files.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';
import { escapeControlChars } from '../../files/escape-control-chars.ts';
import { findWorkTreeTop } from '../../git/find-work-tree-top.ts';
import { describeInterruptedGroup } from '../../rewrite/describe-interrupted-group.ts';
import { findInterruptedGroups } from '../../rewrite/find-interrupted-groups.ts';
import type { Severity } from 'rb-migrate-runtime/mapping';
import { CliError } from '../cli-error.ts';
import { decideColor } from '../decide-color.ts';
import { readWorkersOption } from '../read-workers-option.ts';
import { describeVersions } from '../describe-versions.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { CheckArgs } from './check.ts';
import { redactSecrets } from 'rb-migrate-runtime/mapping';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };
/** Where rewrite declares rb-migrate-runtime (planRuntimeDependencies): such a file may get an RB280 site. */
const MANIFEST = /(?:^|\/)package\.json$/;

/** `rb-migrate check`: discover, scan, apply suppressions and the baseline, report, and pick the exit code. */
export async function runCheck(args: CheckArgs): Promise<ExitCode> {
  const cwd = process.cwd();
  const workers = readWorkersOption(args.workers);
  if (args.updateBaseline && !args.baseline) throw new CliError('--update-baseline needs --baseline <file>');
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  if (typeof shard === 'string') throw new CliError(shard);
  const extensions = args.extensions
    ? args.extensions
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean)
    : undefined;
  const baseline =
    args.baseline && !args.updateBaseline ? await readBaseline(resolve(cwd, args.baseline)) : undefined;
  if (typeof baseline === 'string') throw new CliError(baseline);

  const early = startRewritePoolEarly(workers);
  const discovery = await discoverFiles(args.paths, {
    cwd,
    ...(extensions ? { extensions } : {}),
    ignore: args.ignore,
    gitignore: args.gitignore,
    needles: FACT_NEEDLES,
    onListed: early.onListed,
  });
  if (discovery.missing.length > 0)
    throw new CliError(`no such file or directory: ${discovery.missing.join(', ')}`);
  const own = new Set(
    [args.baseline, args.output].filter((p): p is string => !!p).map((p) => resolve(cwd, p)),
  );
  const mine = discovery.files.filter((f) => !own.has(f.absolute));
  const files = shard ? shardFiles(mine, shard) : mine;
  if (args.verbose)
    process.stderr.write(
      `rb-migrate check: ${files.length} files${shard ? ` (shard ${shard.index}/${shard.count})` : ''}, fail-on ${args.failOn}, gitignore ${args.gitignore ? 'on' : 'off'}${extensions ? `, extensions ${extensions.join(',')}` : ''}\n`,
    );

  // The same analysis rewrite applies: the whole project's facts and shared-value decisions, then a plan per
  // candidate file (dry, never formatted), on worker threads. Its sites are what check reports; the text
  // scan adds the residual (markers, V1 URLs in other languages and comments).
  const rewritable = (f: { path: string }) => REWRITE_KINDS[extensionOf(f.path)] !== undefined;
  const pool = await early.take(files.length);
  const analysis = await analyzeProject(mine.filter(rewritable), files.filter(rewritable), {
    speculate: pool.size > 0,
    plan: (file, project) =>
      pool.run({ file, options: { dry: true, prettier: 'off', diff: false, ...project } }),
  });
  if (analysis.warning) process.stderr.write(`rb-migrate check: ${analysis.warning}\n`);
  const progress = createProgress('checking', files.length);
  const results: ScanResult[] = new Array<ScanResult>(files.length);
  let done = 0;
  // A file found plain (git's listing or the analysis' read) holds none of scanFile's needles (a subset of
  // FACT_NEEDLES) and no NUL byte: not read a second time.
  const scanAll = async (indexes: number[]) => {
    const scanned = await mapWithConcurrency(
      indexes,
      64,
      (i) => {
        const f = files[i]!;
        return scanFile(f, sites.get(f.path), f.quiet === true || analysis.plain.has(f.absolute));
      },
      (d) => progress.update(done + d),
    );
    indexes.forEach((index, k) => (results[index] = scanned[k]!));
    done += indexes.length;
  };
  const sites = new Map<string, Site[]>();
  // Files with no plan have no site, except a package.json (RB280 once the plans are in): scanned now, while
  // the workers plan the candidates.
  const planned = new Set(analysis.plans.map((p) => p.file.path));
  const waits = (f: { path: string }) => planned.has(f.path) || MANIFEST.test(f.path);
  const indexes = files.map((_, i) => i);
  await scanAll(indexes.filter((i) => !waits(files[i]!)));
  const requiring: { absolute: string; root: string; requires: string[] }[] = [];
  for (const { file, plan } of analysis.plans) {
    const planned = await plan;
    sites.set(file.path, planned.sites ?? []);
    if (planned.requires)
      requiring.push({ absolute: file.absolute, root: file.root, requires: planned.requires });
  }
  await pool.close();
  // The package.json edits rewrite would make with those files (RB280 on each package.json, fixable).
  for (const dep of planRuntimeDependencies(requiring).plans) {
    const manifest = files.find((f) => f.absolute === dep.packageJson);
    if (manifest) sites.set(manifest.path, [...(sites.get(manifest.path) ?? []), dep.site]);
  }
  await scanAll(indexes.filter((i) => waits(files[i]!)));
  progress.finish();
  if (args.verbose && pool.started > 0)
    process.stderr.write(
      `rb-migrate check: files planned on ${pool.started} worker thread${pool.started > 1 ? 's' : ''} (${pool.lost} lost)\n`,
    );

  const skipped = [...discovery.skipped];
  let suppressed = 0;
  let scanned = 0;
  const all: Finding[] = [];
  results.forEach((r, i) => {
    if (r.status === 'skipped') skipped.push({ path: files[i]!.path, reason: r.reason ?? 'skipped' });
    else scanned++;
    suppressed += r.suppressed;
    all.push(...r.findings);
  });
  all.sort(byLocation);
  if (args.cache) {
    const target = resolve(cwd, ANALYSIS_CACHE_FILE);
    try {
      writeAnalysisCache(target, files, all, analysis);
      if (args.verbose) process.stderr.write(`rb-migrate check: analysis cache written to ${target}\n`);
    } catch (error) {
      process.stderr.write(
        `rb-migrate check: cannot write the analysis cache ${target} (${(error as NodeJS.ErrnoException).code ?? String(error)}); the ESLint rule analyses files alone\n`,
      );
    }
  }
  const fingerprinted = fingerprintFindings(all.filter((f) => !f.suppression));

  if (args.updateBaseline && args.baseline) {
    await writeFileAtomicOrCreate(
      resolve(cwd, args.baseline),
      `${JSON.stringify(createBaselineFile(fingerprinted), null, 2)}\n`,
    );
    process.stderr.write(
      `rb-migrate check: baseline ${args.baseline} written with ${fingerprinted.length} findings (${scanned} files scanned).\n`,
    );
    return EXIT.OK;
  }
  const { fresh, known, baselined } = baseline
    ? applyBaseline(fingerprinted, baseline, args.baseline)
    : { fresh: fingerprinted, known: 0, baselined: [] };
  const failing = fresh.filter((f) => RANK[f.severity] >= RANK[args.failOn]);
  const count = (s: Severity) => fresh.filter((f) => f.severity === s).length;
  const totals = {
    files: scanned,
    skipped: skipped.length,
    findings: fresh.length,
    errors: count('error'),
    warnings: count('warning'),
    infos: count('info'),
    suppressed,
    baselined: known,
    failing: failing.length,
  };

  const color = !args.output && decideColor(process.stdout, process.env);
  // SARIF and GitHub annotations are read from the repository root, whatever directory check ran in.
  const root = args.format === 'sarif' || args.format === 'github' ? (findWorkTreeTop(cwd) ?? cwd) : cwd;
  let report: string;
  if (args.format === 'json') {
    report = `${JSON.stringify(
      {
        findings: fresh.map(({ path, line, column, rule, severity, message, fixable, fingerprint }) => ({
          path,
          line,
          column,
          rule,
          severity,
          message,
          fixable,
          fingerprint,
        })),
        skipped,
        totals,
      },
      null,
      2,
    )}\n`;
  } else if (args.format === 'sarif') {
    // SARIF lists suppressed findings too (suppressions[]); the GitHub Action uploads a copy without them.
    const silenced = fingerprintFindings(all.filter((f) => f.suppression));
    report = formatSarif(rebaseFindings([...fresh, ...silenced, ...baselined].sort(byLocation), cwd, root), {
      root,
      version: describeVersions().split('\n')[0]!.split(' ')[1] ?? '0.0.0',
    });
  } else if (args.format === 'github') {
    report = formatGithub(rebaseFindings(fresh, cwd, root));
  } else {
    report = formatText(fresh, { color });
  }
  // Snippets quote the user's source: no password, signature or token leaves in a report (SARIF goes to CI).
  report = redactSecrets(report);
  if (args.output) await writeFileAtomicOrCreate(resolve(cwd, args.output), report);
  else process.stdout.write(report);

  const named = new Set(args.paths.map((p) => p.replace(/^\.\//, '')));
  const listSkipped = skipped.filter(
    (s) =>
      args.verbose ||
      named.has(s.path) ||
      s.reason.startsWith('cannot read') ||
      discovery.files.some((f) => f.explicit && f.path === s.path),
  );
  const summary =
    scanned === 0
      ? `rb-migrate check: no files scanned under ${args.paths.join(', ')} (everything was ignored, filtered or skipped); nothing to report.`
      : `rb-migrate check: ${scanned} files scanned, ${fresh.length} findings (${totals.errors} errors, ${totals.warnings} warnings, ${totals.infos} info)` +
        `${known ? `, ${known} in baseline` : ''}${suppressed ? `, ${suppressed} suppressed` : ''}, ${skipped.length} skipped${skipped.length > listSkipped.length ? ' (--verbose lists them)' : ''}; ` +
        (failing.length > 0
          ? `${failing.length} at or above ${args.failOn}: FAIL`
          : `none at or above ${args.failOn}: OK`);
  if (args.format === 'text' || args.format === 'github' || args.output) {
    for (const s of listSkipped)
      process.stderr.write(`skipped ${escapeControlChars(`${s.path}: ${s.reason}`)}\n`);
    process.stderr.write(`${summary}\n`);
  } else if (scanned === 0) process.stderr.write(`${summary}\n`);
  // A rewrite killed in the middle of a group of files that change together: the project is half-migrated.
  const interrupted = findInterruptedGroups(discovery.roots.map((r) => findWorkTreeTop(r) ?? r));
  for (const g of interrupted)
    process.stderr.write(
      `rb-migrate check: a killed rewrite left a group of files that change together half-written (${describeInterruptedGroup(g, cwd)}); run rb-migrate rewrite again to finish it: FAIL\n`,
    );
  return failing.length > 0 || interrupted.length > 0 ? EXIT.FINDINGS : EXIT.OK;
}

function byLocation(a: Finding, b: Finding): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column;
}

async function writeFileAtomicOrCreate(path: string, text: string): Promise<void> {
  try {
    await writeFileAtomic(path, Buffer.from(text, 'utf8'));
  } catch (error) {
    try {
      await writeFile(path, text);
    } catch {
      throw new CliError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
}

function extensionOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1);
}

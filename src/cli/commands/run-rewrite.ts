import { rmSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { RUNTIME_MODULE } from 'rb-migrate-runtime/mapping';
import { planRuntimeDependencies } from '../../analyze/project/plan-runtime-dependencies.ts';
import { addDependencyGroups } from '../../rewrite/add-dependency-groups.ts';
import pc from 'picocolors';
import { createProgress } from '../../files/create-progress.ts';
import { discoverFiles, type DiscoveredFile } from '../../files/discover-files.ts';
import { findUnrewritableV1Files } from '../../rewrite/find-unrewritable-v1-files.ts';
import { parseShard } from '../../files/parse-shard.ts';
import { shardFiles } from '../../files/shard-files.ts';
import { REWRITE_KINDS } from '../../analyze/rewrite-kinds.ts';
import { FACT_NEEDLES } from '../../analyze/project/read-file-facts.ts';
import { analyzeProject } from '../../analyze/analyze-project.ts';
import type { FileOutcome } from '../../rewrite/plan-file-rewrite.ts';
import { commitGroups, type PlannedGroup } from '../../rewrite/commit-groups.ts';
import { escapeControlChars } from '../../files/escape-control-chars.ts';
import { findDirtyFiles } from '../../git/find-dirty-files.ts';
import { findWorkTreeTop } from '../../git/find-work-tree-top.ts';
import { findInterruptedGroups } from '../../rewrite/find-interrupted-groups.ts';
import { describeInterruptedGroup } from '../../rewrite/describe-interrupted-group.ts';
import { startRewritePoolEarly } from '../../rewrite/start-rewrite-pool-early.ts';
import { CliError } from '../cli-error.ts';
import { decideColor } from '../decide-color.ts';
import { readWorkersOption } from '../read-workers-option.ts';
import { EXIT, type ExitCode } from '../exit-codes.ts';
import type { RewriteArgs } from './rewrite.ts';

/** `rb-migrate rewrite`: discover, prefilter, build the cross-file context, migrate, report. */
export async function runRewrite(args: RewriteArgs): Promise<ExitCode> {
  const cwd = process.cwd();
  const shard = args.shard !== undefined ? parseShard(args.shard) : undefined;
  if (typeof shard === 'string') throw new CliError(shard);
  const workers = readWorkersOption(args.workers);
  const extensions = args.extensions
    ? args.extensions
        .split(',')
        .map((e) => e.trim().replace(/^\./, ''))
        .filter(Boolean)
    : Object.keys(REWRITE_KINDS);
  const early = startRewritePoolEarly(workers);
  const discovery = await discoverFiles(args.paths, {
    cwd,
    extensions,
    ignore: args.ignore,
    gitignore: args.gitignore,
    // Files holding none of the needles the analysis looks for are known from git, not read.
    needles: FACT_NEEDLES,
    onListed: early.onListed,
  });
  if (discovery.missing.length > 0)
    throw new CliError(`no such file or directory: ${discovery.missing.join(', ')}`);
  const files = shard ? shardFiles(discovery.files, shard) : discovery.files;

  // Groups a killed run left half-written (their journals) are reported now; this run finishes them.
  const journalDirs = discovery.roots.map((r) => findWorkTreeTop(r) ?? r);
  const interrupted = findInterruptedGroups(journalDirs);
  for (const g of interrupted)
    process.stderr.write(
      `rb-migrate rewrite: a killed run left a group of files that change together half-written (${describeInterruptedGroup(g, cwd)})${args.dry ? '' : '; this run finishes it'}\n`,
    );

  if (!args.dry && discovery.strayTempFiles.length > 0) {
    // Left by a run that was killed mid-write; the real files next to them are intact.
    for (const stray of discovery.strayTempFiles) rmSync(stray, { force: true });
    process.stderr.write(
      `rb-migrate rewrite: removed ${discovery.strayTempFiles.length} temp files left by an interrupted run\n`,
    );
  }

  // One analysis for check and rewrite: the whole project's facts and shared-value decisions (from every
  // discovered file, so each shard decides alike), then a plan per candidate file of this shard (on worker
  // threads; plans that cannot depend on the context start while files are still being read).
  const pool = await early.take(files.length);
  const base = { dry: args.dry, prettier: args.prettier, diff: args.diff, strategy: args.strategy };
  const analysis = await analyzeProject(discovery.files, files, {
    speculate: pool.size > 0,
    plan: (file, project) => pool.run({ file, options: { ...base, ...project } }),
  });
  if (analysis.warning) process.stderr.write(`rb-migrate rewrite: ${analysis.warning}\n`);
  const candidates = analysis.plans;
  const progress = createProgress(args.dry ? 'checking' : 'rewriting', candidates.length);
  let planned = 0;
  // Today every file is its own group; files that must change together will share one.
  let groups: PlannedGroup[] = await Promise.all(
    candidates.map(async (candidate) => {
      const plan = await candidate.plan;
      progress.update(++planned);
      return [{ file: candidate.file, plan }];
    }),
  );
  progress.finish();
  await pool.close();
  // Files that now import rb-migrate-runtime: it goes into their nearest package.json, in the same group.
  const dependencies = planRuntimeDependencies(
    groups.flatMap((g) =>
      g.map((p) => ({ absolute: p.file.absolute, root: p.file.root, requires: p.plan.requires ?? [] })),
    ),
  );
  const withDependencies = addDependencyGroups(groups, dependencies.plans, {
    cwd,
    dry: args.dry,
    diff: args.diff,
  });
  groups = withDependencies.groups;
  if (!args.dry && !args.allowDirty) await refuseDirtyTargets(groups, cwd);
  // Written one group at a time in path order: a killed run leaves at most one group's temp files, and every
  // file is either the original or the migrated version.
  const committed = args.dry
    ? { outcomes: groups.flatMap((g) => g.map((p) => p.plan.outcome)), windows: [] }
    : await commitGroups(groups, {
        journalDir: (f) => findWorkTreeTop(f.root) ?? f.root,
      });
  const processed = committed.outcomes;
  if (args.verbose && committed.windows.length > 0) {
    const sorted = [...committed.windows].sort((a, b) => a - b);
    const us = (ns: number) => `${(ns / 1000).toFixed(0)} µs`;
    process.stderr.write(
      `rb-migrate rewrite: compare-to-rename window over ${sorted.length} files: median ${us(sorted[sorted.length >> 1]!)}, max ${us(sorted[sorted.length - 1]!)}\n`,
    );
  }

  // Files of kinds no rewriter handles (YAML, Python, .env, ...) that name V1: listed, so that rewrite never
  // says nothing uses V1 while check reports them.
  const unrewritable = args.extensions ? [] : await findUnrewritable(args, cwd, shard);
  const byPath = new Map(processed.map((o) => [o.path, o]));
  const listed = new Set(files.map((f) => f.path));
  const outcomes: FileOutcome[] = [
    ...files.map((f) => byPath.get(f.path) ?? { path: f.path, status: 'unchanged' as const, todos: [] }),
    // A package.json outside the paths named, written for a dependency.
    ...processed.filter((o) => !listed.has(o.path)),
    ...discovery.skipped.map((s) => ({
      path: s.path,
      status: 'skipped' as const,
      todos: [],
      reason: s.reason,
    })),
    ...unrewritable.map((f) => ({
      path: f.path,
      status: 'skipped' as const,
      todos: [],
      reason: UNREWRITABLE_REASON,
    })),
  ];
  const count = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  const totals = {
    files: files.length,
    changed: count('changed'),
    unchanged: count('unchanged'),
    skipped: count('skipped'),
    failed: count('failed'),
    todos: outcomes.reduce((n, o) => n + o.todos.length, 0),
    unrewritable: unrewritable.length,
  };

  if (args.format === 'json') {
    process.stdout.write(`${JSON.stringify({ dry: args.dry, files: outcomes, totals }, null, 2)}\n`);
  } else {
    printText(outcomes, args);
  }
  const verb = args.dry ? 'would change' : 'changed';
  const summary =
    totals.changed === 0 && totals.failed === 0 && totals.todos === 0 && totals.unrewritable === 0
      ? `rb-migrate rewrite: nothing to migrate: scanned ${totals.files} files, none uses the V1 Remove Background API${totals.skipped ? ` (${totals.skipped} skipped)` : ''}.`
      : `rb-migrate rewrite: scanned ${totals.files} files: ${totals.changed} ${verb}, ${totals.unchanged} unchanged, ${totals.skipped} skipped, ${totals.failed} failed; ${totals.todos} TODOs left.${args.dry ? ' (--dry: nothing written)' : ''}`;
  process.stderr.write(`${summary}\n`);
  if (unrewritable.length > 0) {
    const shown = unrewritable.slice(0, 10).map((f) => escapeControlChars(f.path));
    process.stderr.write(
      `rb-migrate rewrite: ${unrewritable.length} file${unrewritable.length > 1 ? 's' : ''} of a kind rewrite does not change name${unrewritable.length > 1 ? '' : 's'} V1 Remove Background paths (check reports them; migrate by hand): ${shown.join(', ')}${unrewritable.length > 10 ? ', ...' : ''}\n`,
    );
  }
  const written = new Set(processed.filter((o) => o.status === 'changed').map((o) => o.path));
  for (const dep of withDependencies.added) {
    const path = relative(cwd, dep.packageJson) || dep.packageJson;
    if (args.dry || written.has(path.split(sep).join('/')))
      process.stderr.write(
        `rb-migrate rewrite: ${args.dry ? 'would add' : 'added'} "${RUNTIME_MODULE}" to the dependencies of ${escapeControlChars(path)} (imported by ${dep.importers.length} migrated file${dep.importers.length > 1 ? 's' : ''}); run npm install.\n`,
      );
  }
  const undeclared = [...dependencies.missing, ...withDependencies.conflicts.flatMap((d) => d.importers)].map(
    (a) => escapeControlChars(relative(cwd, a)),
  );
  if (undeclared.length > 0)
    process.stderr.write(
      `rb-migrate rewrite: ${undeclared.length} migrated file${undeclared.length > 1 ? 's' : ''} import${undeclared.length > 1 ? '' : 's'} ${RUNTIME_MODULE} but no package.json was edited to declare it (none found under the root, or it is changed by this rewrite): npm i ${RUNTIME_MODULE} (${undeclared.slice(0, 5).join(', ')}${undeclared.length > 5 ? ', ...' : ''})\n`,
    );
  // A group is finished when none of its files still holds the bytes it had before: its journal goes.
  const unfinished = (args.dry ? interrupted : findInterruptedGroups(journalDirs)).filter((g) => {
    const done = !args.dry && !g.files.some((f) => f.state === 'not written');
    if (done) rmSync(g.journal, { force: true });
    else if (!args.dry)
      process.stderr.write(
        `rb-migrate rewrite: a group of files that change together is still half-written (${describeInterruptedGroup(g, cwd)}); see the failures above\n`,
      );
    return !done;
  });
  // (the files listed only because no rewriter handles them are not paths named)
  const named = outcomes.filter((o) => o.reason !== UNREWRITABLE_REASON);
  if (args.paths.length > 0 && named.length > 0 && named.every((o) => o.status === 'skipped')) {
    process.stderr.write(
      `rb-migrate rewrite: every path named was skipped:\n${named.map((o) => `  ${escapeControlChars(`${o.path}: ${o.reason}`)}`).join('\n')}\n`,
    );
    return EXIT.USAGE;
  }
  return totals.failed > 0 || totals.todos > 0 || totals.unrewritable > 0 || unfinished.length > 0
    ? EXIT.FINDINGS
    : EXIT.OK;
}

const UNREWRITABLE_REASON =
  'no rewriter for this file type, and it names a V1 Remove Background path: check reports it; migrate it by hand';

/** The files of this run (shard) of kinds rewrite has no rewriter for that name V1 (findUnrewritableV1Files). */
async function findUnrewritable(
  args: RewriteArgs,
  cwd: string,
  shard: ReturnType<typeof parseShard> | undefined,
): Promise<DiscoveredFile[]> {
  const all = await discoverFiles(args.paths, { cwd, ignore: args.ignore, gitignore: args.gitignore });
  const mine = shard && typeof shard !== 'string' ? shardFiles(all.files, shard) : all.files;
  return findUnrewritableV1Files(mine);
}

/** Refuses the run (nothing written) when a file it would write has uncommitted changes or is untracked. */
async function refuseDirtyTargets(groups: readonly PlannedGroup[], cwd: string): Promise<void> {
  const targets = groups.flatMap((g) => g.filter((p) => p.plan.bytes).map((p) => p.file));
  const dirty = await findDirtyFiles(targets.map((f) => f.absolute));
  if (dirty.length === 0) return;
  const shown = dirty.map(
    (d) => `${escapeControlChars(relative(cwd, d.absolute) || d.absolute)} (${d.state})`,
  );
  throw new CliError(
    `${dirty.length} file${dirty.length > 1 ? 's' : ''} to rewrite ${dirty.length > 1 ? 'have' : 'has'} changes git could not give back:\n  ${shown.slice(0, 50).join('\n  ')}${shown.length > 50 ? `\n  ... and ${shown.length - 50} more` : ''}\nCommit or stash them first so the migration can be reviewed as one diff, or pass --allow-dirty (or preview with --dry).`,
  );
}

function printText(outcomes: readonly FileOutcome[], args: RewriteArgs): void {
  const c = pc.createColors(decideColor(process.stdout, process.env));
  const named = new Set(args.paths.map((p) => p.replace(/^\.\//, '')));
  let out = '';
  for (const o of outcomes) {
    if (o.status === 'changed') {
      out += `${c.green(args.dry ? 'would change' : 'changed')} ${escapeControlChars(o.path)}${o.todos.length ? ` (${o.todos.length} TODOs)` : ''}\n`;
      if (o.diff) out += colorDiff(o.diff, c);
    } else if (o.status === 'failed')
      out += `${c.red('failed')}  ${escapeControlChars(o.path)}: ${escapeControlChars(o.error ?? '')}\n`;
    else if (o.status === 'skipped' && (args.verbose || named.has(o.path)))
      out += `${c.yellow('skipped')} ${escapeControlChars(o.path)}: ${escapeControlChars(o.reason ?? '')}\n`;
    else if (args.verbose && o.status === 'unchanged')
      out += `${c.dim('unchanged')} ${escapeControlChars(o.path)}\n`;
    for (const t of o.todos)
      out += `  ${escapeControlChars(o.path)}:${t.line}  ${c.bold(t.code)}  ${t.message}\n`;
  }
  process.stdout.write(out);
}

function colorDiff(diff: string, c: ReturnType<typeof pc.createColors>): string {
  return diff
    .split('\n')
    .map((line) =>
      line.startsWith('+') && !line.startsWith('+++')
        ? c.green(line)
        : line.startsWith('-') && !line.startsWith('---')
          ? c.red(line)
          : line.startsWith('@@')
            ? c.cyan(line)
            : line,
    )
    .join('\n');
}

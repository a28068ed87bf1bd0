/**
 * Monorepo benchmark for `rb-migrate check` and `rb-migrate rewrite --dry` (issue 4). Generates, from a fixed
 * seed, a tree of ~20,000 files (TS/JS/JSON/Markdown/shell; ~1% with V1 usage in the codemod's patterns) and
 * times, side by side in one run:
 *   - `rb-migrate check` vs `node bench/node-floor.mjs` (walk + read; target ≤ 2×), and rg for reference,
 *   - `rb-migrate rewrite --dry` vs plain `jscodeshift -t transforms/remove-background-v2.ts --dry` (target ≥ 10× faster),
 *   - peak RSS of both rb-migrate commands (target < 400 MB).
 * Needs the built CLI (`npm run build`). Installs ripgrep from Debian when it is missing.
 * Env: RB_BENCH_FILES (default 20000), RB_BENCH_RUNS (default 3), RB_BENCH_SKIP_JSCODESHIFT=1,
 * RB_BENCH_DIR (default $TMPDIR/rb-migrate-bench), RB_BENCH_BASELINE (another build's bin/rb-migrate.js, timed in
 * the same rounds; its reports must equal this build's).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './generate-corpus.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Outside the repository: the tree must not be type-checked, linted or hidden by this project's .gitignore. */
const OUT = join(process.env.RB_BENCH_DIR ?? join(tmpdir(), 'rb-migrate-bench'));
const TREE = join(OUT, 'monorepo');
const CLI = join(ROOT, 'dist', 'bin', 'rb-migrate.js');
const RSS_HOOK = pathToFileURL(join(ROOT, 'bench', 'report-rss.mjs')).href;
const SEED = 424242;

interface Timed {
  ms: number;
  rss?: number;
  status: number | null;
  stdout: string;
}

export async function runMonorepoBench(): Promise<string> {
  if (!existsSync(CLI)) throw new Error('build first: npm run build');
  const files = Number(process.env.RB_BENCH_FILES ?? 20000);
  const runs = Number(process.env.RB_BENCH_RUNS ?? 3);
  ensureRipgrep();

  rmSync(TREE, { recursive: true, force: true });
  const corpus = generateCorpus({ seed: SEED, files, v1Share: 0.01 });
  let bytes = 0;
  for (const f of corpus) {
    const abs = join(TREE, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.content);
    bytes += f.content.length;
  }
  // Its own repository, like a real monorepo (discovery stops at its .git).
  execFileSync('git', ['init', '-q'], { cwd: TREE });
  const v1Files = corpus.filter((f) => f.v1).length;
  // Warm the page cache once so every tool reads from memory.
  run('rg', ['-l', 'zzzz-warm-up', '.']);

  // Every command once per round, the rounds interleaved (a busy machine then slows all of them alike), and
  // the best round of each kept. RB_BENCH_BASELINE: another build's CLI (e.g. a copy of main's dist/),
  // timed in the same rounds, whose reports must equal this build's.
  const baseline = process.env.RB_BENCH_BASELINE;
  const cliRuns = (cli: string, tag: string) => ({
    check: () =>
      run(
        process.execPath,
        ['--import', RSS_HOOK, cli, 'check', '--format', 'json', '-o', join(OUT, `check${tag}.json`)],
        true,
      ),
    rewrite: () =>
      run(process.execPath, ['--import', RSS_HOOK, cli, 'rewrite', '--dry', '--format', 'json'], true),
    // The same two commands in-band (--workers 1): what the worker threads add on this machine.
    checkInBand: () =>
      run(process.execPath, [
        cli,
        'check',
        '--workers',
        '1',
        '--format',
        'json',
        '-o',
        join(OUT, `check1${tag}.json`),
      ]),
    rewriteInBand: () =>
      run(process.execPath, [cli, 'rewrite', '--dry', '--workers', '1', '--format', 'json']),
  });
  const timed = bestOfRounds(runs, {
    rg: () => run('rg', ['-l', 'sensei/(cutout|mask|status)', '.']),
    // Floors, to read the ratios against: Node.js starting and exiting, and the least a Node.js scanner does.
    nodeStart: () => run(process.execPath, ['-e', '0']),
    nodeFloor: () => run(process.execPath, [join(ROOT, 'bench', 'node-floor.mjs'), '.']),
    ...cliRuns(CLI, ''),
    ...(baseline ? prefixed('base', cliRuns(baseline, '-base')) : {}),
  });
  const { rg, nodeStart, nodeFloor, check, rewrite, checkInBand, rewriteInBand } = timed as Record<
    string,
    Timed
  >;
  const rewriteChanged = JSON.parse(rewrite!.stdout).totals.changed as number;
  const checkFindings = JSON.parse(readFileSync(join(OUT, 'check.json'), 'utf8')).totals.findings as number;
  const rgFiles = rg!.stdout.split('\n').filter(Boolean).length;
  const sameAsBaseline = baseline
    ? sameReport(join(OUT, 'check.json'), join(OUT, 'check-base.json')) &&
      sameReport(join(OUT, 'check1.json'), join(OUT, 'check1-base.json')) &&
      timed.baseRewrite!.stdout === rewrite!.stdout
    : undefined;

  let jscodeshift: Timed | undefined;
  let jscodeshiftNoop: Timed | undefined;
  if (!process.env.RB_BENCH_SKIP_JSCODESHIFT) {
    // Best of the same number of runs as rb-migrate: the first run also fills babel-register's cache.
    const jscodeshiftWith = (transform: string) => () =>
      run(join(ROOT, 'node_modules', '.bin', 'jscodeshift'), [
        '-t',
        transform,
        '--extensions=ts,tsx,js,jsx,mjs,cjs',
        '--dry',
        '--silent',
        '--ignore-pattern=**/node_modules/**',
        '.',
      ]);
    const j = bestOfRounds(runs, {
      jscodeshift: jscodeshiftWith(join(ROOT, 'transforms', 'remove-background-v2.ts')),
      // jscodeshift's own cost (workers, Babel-compiling the transform, reading files) with a transform that
      // does nothing: the part of the baseline that rb-migrate's speed-ups cannot shrink.
      jscodeshiftNoop: jscodeshiftWith(join(ROOT, 'bench', 'jscodeshift-noop.cjs')),
    });
    jscodeshift = j.jscodeshift;
    jscodeshiftNoop = j.jscodeshiftNoop;
  }

  const mb = (n?: number) => (n === undefined ? 'n/a' : `${(n / 1048576).toFixed(0)} MB`);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const floor = (t: Timed) => `${(t.ms / nodeFloor!.ms).toFixed(1)}x floor`;
  const base = (name: string) => {
    const b = timed[`base${name[0]!.toUpperCase()}${name.slice(1)}`];
    const t = timed[name];
    return b && t ? `   baseline ${s(b.ms)} (${floor(b)}; this build ${(t.ms / b.ms).toFixed(2)}x)` : '';
  };
  const lines = [
    `Monorepo benchmark (seed ${SEED}): ${files} files, ${(bytes / 1048576).toFixed(1)} MB, ${v1Files} with V1 usage; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.versions.node}; best of ${runs} interleaved rounds`,
    `  rg -l 'sensei/(cutout|mask|status)'   ${s(rg!.ms).padStart(9)}   (${rgFiles} files)`,
    `  floor: node -e 0                       ${s(nodeStart!.ms).padStart(9)}   ratio ${(nodeStart!.ms / rg!.ms).toFixed(1)}x rg`,
    `  floor: node walk + read + indexOf      ${s(nodeFloor!.ms).padStart(9)}   (${nodeFloor!.stdout.trim()} files with 'sensei')   ratio ${(nodeFloor!.ms / rg!.ms).toFixed(1)}x rg`,
    `  rb-migrate check                       ${s(check!.ms).padStart(9)}   (${checkFindings} findings)   ${floor(check!)} (target <= 2x)   ${(check!.ms / rg!.ms).toFixed(1)}x rg   peak RSS ${mb(check!.rss)}${base('check')}`,
    `  rb-migrate check --workers 1 (in-band) ${s(checkInBand!.ms).padStart(9)}   ${floor(checkInBand!)}${base('checkInBand')}`,
    `  rb-migrate rewrite --dry               ${s(rewrite!.ms).padStart(9)}   (${rewriteChanged} files would change)   peak RSS ${mb(rewrite!.rss)}   (target < 400 MB)${base('rewrite')}`,
    `  rb-migrate rewrite --dry --workers 1   ${s(rewriteInBand!.ms).padStart(9)}${base('rewriteInBand')}`,
    jscodeshift
      ? `  jscodeshift -t transforms/... --dry    ${s(jscodeshift.ms).padStart(9)}   (exit ${jscodeshift.status})   rewrite is ${(jscodeshift.ms / rewrite!.ms).toFixed(1)}x faster (in-band ${(jscodeshift.ms / rewriteInBand!.ms).toFixed(1)}x)   (target >= 10x; a rewrite costing only the node read floor would be ${(jscodeshift.ms / nodeFloor!.ms).toFixed(1)}x)`
      : '  jscodeshift: skipped (RB_BENCH_SKIP_JSCODESHIFT)',
    jscodeshiftNoop
      ? `  jscodeshift -t (no-op transform) --dry ${s(jscodeshiftNoop.ms).padStart(9)}   (exit ${jscodeshiftNoop.status})   jscodeshift's own cost`
      : '',
    sameAsBaseline === undefined
      ? ''
      : `  reports of this build and the baseline: ${sameAsBaseline ? 'identical (check JSON sorted, rewrite JSON byte for byte)' : 'DIFFERENT'}`,
  ];
  return lines.filter(Boolean).join('\n');
}

function run(command: string, args: string[], rss = false): Timed {
  const rssFile = join(OUT, `rss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd: TREE,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, CI: '1', RB_BENCH_RSS_FILE: rss ? rssFile : '' },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error) throw result.error;
  const timed: Timed = { ms, status: result.status, stdout: result.stdout };
  if (rss && existsSync(rssFile)) timed.rss = Number(readFileSync(rssFile, 'utf8'));
  return timed;
}

/** Runs every command once per round, `runs` rounds; keeps each command's fastest run (and its peak RSS). */
function bestOfRounds(runs: number, commands: Record<string, () => Timed>): Record<string, Timed> {
  const fastest: Record<string, Timed> = {};
  for (let i = 0; i < runs; i++)
    for (const [name, fn] of Object.entries(commands)) {
      const t = fn();
      const best = fastest[name];
      if (!best || t.ms < best.ms)
        fastest[name] = { ...t, rss: Math.max(t.rss ?? 0, best?.rss ?? 0) || t.rss };
      else if ((t.rss ?? 0) > (best.rss ?? 0)) best.rss = t.rss;
    }
  return fastest;
}

function prefixed<T>(prefix: string, entries: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(entries).map(([k, v]) => [`${prefix}${k[0]!.toUpperCase()}${k.slice(1)}`, v]),
  );
}

/** Two check reports are the same when their findings, sorted, and their totals are. */
function sameReport(a: string, b: string): boolean {
  const read = (path: string) => {
    const report = JSON.parse(readFileSync(path, 'utf8')) as { findings: unknown[]; totals: unknown };
    return JSON.stringify({
      findings: report.findings.map((f) => JSON.stringify(f)).sort(),
      totals: report.totals,
    });
  };
  return read(a) === read(b);
}

function ensureRipgrep(): void {
  if (spawnSync('rg', ['--version']).status === 0) return;
  process.stderr.write('bench: ripgrep missing, installing it from Debian (apt-get install ripgrep)\n');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args: string[]) =>
    execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], { stdio: 'inherit' });
  apt('update');
  apt('install', '-y', 'ripgrep');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log(await runMonorepoBench());

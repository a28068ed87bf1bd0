/**
 * Monorepo benchmark for `rb-migrate check` and `rb-migrate rewrite --dry` (issue 4). Generates, from a fixed
 * seed, a tree of ~20,000 files (TS/JS/JSON/Markdown/shell; ~1% with V1 usage in the codemod's patterns) and
 * times, side by side in one run:
 *   - `rb-migrate check` vs `rg -l 'sensei/(cutout|mask|status)'` (target ≤ 2×),
 *   - `rb-migrate rewrite --dry` vs plain `jscodeshift -t transforms/remove-background-v2.ts --dry` (target ≥ 10× faster),
 *   - peak RSS of both rb-migrate commands (target < 400 MB).
 * Needs the built CLI (`npm run build`). Installs ripgrep from Debian when it is missing.
 * Env: RB_BENCH_FILES (default 20000), RB_BENCH_RUNS (default 3), RB_BENCH_SKIP_JSCODESHIFT=1,
 * RB_BENCH_DIR (default $TMPDIR/rb-migrate-bench).
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

  const rg = best(runs, () => run('rg', ['-l', 'sensei/(cutout|mask|status)', '.']));
  // Floors, to read the ratios against: Node.js starting and exiting, and the least a Node.js scanner does.
  const nodeStart = best(runs, () => run(process.execPath, ['-e', '0']));
  const nodeFloor = best(runs, () => run(process.execPath, [join(ROOT, 'bench', 'node-floor.mjs'), '.']));
  const check = best(runs, () =>
    run(
      process.execPath,
      ['--import', RSS_HOOK, CLI, 'check', '--format', 'json', '-o', join(OUT, 'check.json')],
      true,
    ),
  );
  const rewrite = best(runs, () =>
    run(process.execPath, ['--import', RSS_HOOK, CLI, 'rewrite', '--dry', '--format', 'json'], true),
  );
  // The same two commands in-band (--workers 1): what the worker threads add on this machine.
  const checkInBand = best(runs, () =>
    run(process.execPath, [
      CLI,
      'check',
      '--workers',
      '1',
      '--format',
      'json',
      '-o',
      join(OUT, 'check1.json'),
    ]),
  );
  const rewriteInBand = best(runs, () =>
    run(process.execPath, [CLI, 'rewrite', '--dry', '--workers', '1', '--format', 'json']),
  );
  const rewriteChanged = JSON.parse(rewrite.stdout).totals.changed as number;
  const checkFindings = JSON.parse(readFileSync(join(OUT, 'check.json'), 'utf8')).totals.findings as number;
  const rgFiles = rg.stdout.split('\n').filter(Boolean).length;

  let jscodeshift: Timed | undefined;
  let jscodeshiftNoop: Timed | undefined;
  if (!process.env.RB_BENCH_SKIP_JSCODESHIFT) {
    // Best of the same number of runs as rb-migrate: the first run also fills babel-register's cache.
    const jscodeshiftWith = (transform: string) =>
      best(runs, () =>
        run(join(ROOT, 'node_modules', '.bin', 'jscodeshift'), [
          '-t',
          transform,
          '--extensions=ts,tsx,js,jsx,mjs,cjs',
          '--dry',
          '--silent',
          '--ignore-pattern=**/node_modules/**',
          '.',
        ]),
      );
    jscodeshift = jscodeshiftWith(join(ROOT, 'transforms', 'remove-background-v2.ts'));
    // jscodeshift's own cost (workers, Babel-compiling the transform, reading files) with a transform that
    // does nothing: the part of the baseline that rb-migrate's speed-ups cannot shrink.
    jscodeshiftNoop = jscodeshiftWith(join(ROOT, 'bench', 'jscodeshift-noop.cjs'));
  }

  const mb = (n?: number) => (n === undefined ? 'n/a' : `${(n / 1048576).toFixed(0)} MB`);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const lines = [
    `Monorepo benchmark (seed ${SEED}): ${files} files, ${(bytes / 1048576).toFixed(1)} MB, ${v1Files} with V1 usage; ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, node ${process.versions.node}; best of ${runs}`,
    `  rg -l 'sensei/(cutout|mask|status)'   ${s(rg.ms).padStart(9)}   (${rgFiles} files)`,
    `  floor: node -e 0                       ${s(nodeStart.ms).padStart(9)}   ratio ${(nodeStart.ms / rg.ms).toFixed(1)}x rg`,
    `  floor: node walk + read + indexOf      ${s(nodeFloor.ms).padStart(9)}   (${nodeFloor.stdout.trim()} files with 'sensei')   ratio ${(nodeFloor.ms / rg.ms).toFixed(1)}x rg`,
    `  rb-migrate check                       ${s(check.ms).padStart(9)}   (${checkFindings} findings)   ratio ${(check.ms / rg.ms).toFixed(1)}x rg   (target <= 2x)   peak RSS ${mb(check.rss)}`,
    `  rb-migrate check --workers 1 (in-band) ${s(checkInBand.ms).padStart(9)}   ratio ${(checkInBand.ms / rg.ms).toFixed(1)}x rg`,
    `  rb-migrate rewrite --dry               ${s(rewrite.ms).padStart(9)}   (${rewriteChanged} files would change)   peak RSS ${mb(rewrite.rss)}   (target < 400 MB)`,
    `  rb-migrate rewrite --dry --workers 1   ${s(rewriteInBand.ms).padStart(9)}`,
    jscodeshift
      ? `  jscodeshift -t transforms/... --dry    ${s(jscodeshift.ms).padStart(9)}   (exit ${jscodeshift.status})   rewrite is ${(jscodeshift.ms / rewrite.ms).toFixed(1)}x faster (in-band ${(jscodeshift.ms / rewriteInBand.ms).toFixed(1)}x)   (target >= 10x; a rewrite costing only the node read floor would be ${(jscodeshift.ms / nodeFloor.ms).toFixed(1)}x)`
      : '  jscodeshift: skipped (RB_BENCH_SKIP_JSCODESHIFT)',
    jscodeshiftNoop
      ? `  jscodeshift -t (no-op transform) --dry ${s(jscodeshiftNoop.ms).padStart(9)}   (exit ${jscodeshiftNoop.status})   jscodeshift's own cost`
      : '',
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

function best(runs: number, fn: () => Timed): Timed {
  let fastest: Timed | undefined;
  for (let i = 0; i < runs; i++) {
    const t = fn();
    if (!fastest || t.ms < fastest.ms)
      fastest = { ...t, rss: Math.max(t.rss ?? 0, fastest?.rss ?? 0) || t.rss };
  }
  return fastest!;
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

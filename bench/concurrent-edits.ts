/**
 * Concurrent edits and kills: a generated tree is rewritten while another process appends to random files the
 * way editors save (open, append, close) and the first `rewrite` of each round is sent SIGKILL at a random
 * moment; a second `rewrite` then runs to the end. Every file must end in one of four states: original
 * (reported `changed during rewrite` when it has appends), or fully migrated, each with every append made to
 * it; no append lost, no file truncated or torn. Used by test/rewrite/concurrent-edits.test.ts (small) and
 * `npm run bench -- concurrent-edits` (2,000 files × 20 rounds, the README's figures).
 */
import { fork, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom, generateCorpus } from './generate-corpus.ts';

/** The built CLI (`RB_BENCH_CLI` points at another build, e.g. a copy kept while dist/ is rebuilt). */
const CLI = process.env.RB_BENCH_CLI ?? fileURLToPath(new URL('../dist/bin/rb-migrate.js', import.meta.url));
const APPENDER = fileURLToPath(new URL('./append-like-an-editor.mjs', import.meta.url));
const APPEND_LINE = /^(?:\/\/|#) rb-append (\S+)$/;

export interface ConcurrentEditsOptions {
  files: number;
  rounds: number;
  seed?: number;
  /** Pause between two appends, in ms (default 3: a few hundred saves a second across the tree). */
  appendEveryMs?: number;
}

export interface ConcurrentEditsResult {
  files: number;
  rounds: number;
  /** Rounds whose first rewrite was killed before it finished. */
  killed: number;
  appends: number;
  /** Appends missing from their file at the end of the round. */
  lost: number;
  duplicated: number;
  /** Files whose content (appends removed) is neither the original nor the migrated version. */
  torn: string[];
  /** Files left original (with or without appends) that the last rewrite did not report as changed during rewrite. */
  unreported: string[];
  /** End states of the files rewrite migrates (V1 files), over all rounds; files without V1 are `untouched`. */
  states: {
    original: number;
    originalWithAppends: number;
    migrated: number;
    migratedWithAppends: number;
    untouched: number;
  };
  /** Reports of `changed during rewrite`, and how many of those were put back after the rename. */
  changedDuringRewrite: number;
  putBack: number;
  /** Edits saved beside a file (edited before and after its rename). */
  savedEdits: number;
  /** Compare-to-rename windows reported by the second rewrite (µs): median of medians, worst max. */
  windowMedianUs: number;
  windowMaxUs: number;
  seconds: number;
}

export async function runConcurrentEdits(options: ConcurrentEditsOptions): Promise<ConcurrentEditsResult> {
  const started = Date.now();
  const seed = options.seed ?? 20261202;
  const corpus = generateCorpus({ seed, files: options.files, v1Share: 0.3, fillerLines: [10, 60] });
  const work = mkdtempSync(join(tmpdir(), 'rb-concurrent-'));
  const dir = join(work, 'tree');
  const reset = () => {
    rmSync(dir, { recursive: true, force: true });
    for (const f of corpus) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
  };
  const result: ConcurrentEditsResult = {
    files: options.files,
    rounds: options.rounds,
    killed: 0,
    appends: 0,
    lost: 0,
    duplicated: 0,
    torn: [],
    unreported: [],
    states: { original: 0, originalWithAppends: 0, migrated: 0, migratedWithAppends: 0, untouched: 0 },
    changedDuringRewrite: 0,
    putBack: 0,
    savedEdits: 0,
    windowMedianUs: 0,
    windowMaxUs: 0,
    seconds: 0,
  };
  const medians: number[] = [];
  try {
    // The migrated version of every file, from an undisturbed run.
    reset();
    const t0 = Date.now();
    await rewrite(dir);
    const baselineMs = Date.now() - t0;
    const migrated = new Map(corpus.map((f) => [f.path, readFileSync(join(dir, f.path), 'utf8')]));
    // JSON has no comments: appends go to the other files.
    const appendable = corpus
      .filter((f) => !f.path.endsWith('.json'))
      .map((f) => ({ absolute: join(dir, f.path), comment: /\.(sh|md)$/.test(f.path) ? '#' : '//' }));
    const listFile = join(work, 'appendable.json');
    writeFileSync(listFile, JSON.stringify(appendable));
    const rand = createRandom(seed);

    for (let round = 0; round < options.rounds; round++) {
      reset();
      const appender = fork(
        APPENDER,
        [listFile, `r${round}`, String(seed + round), String(options.appendEveryMs ?? 3)],
        { stdio: 'ignore' },
      );
      await new Promise((resolve) => appender.once('message', resolve));
      let second: RewriteRun;
      try {
        const first = await rewrite(dir, Math.floor(rand() * baselineMs * 1.2));
        if (first.killed) result.killed++;
        second = await rewrite(dir);
      } catch (error) {
        appender.kill();
        throw error;
      }
      const log = await new Promise<{ path: string; id: string }[]>((resolve) => {
        appender.once('message', (m: { log: { path: string; id: string }[] }) => resolve(m.log));
        appender.send('stop');
      });
      result.appends += log.length;
      const window = /window over \d+ files: median (\d+) µs, max (\d+) µs/.exec(second.stderr);
      if (window) {
        medians.push(Number(window[1]));
        result.windowMaxUs = Math.max(result.windowMaxUs, Number(window[2]));
      }
      const reports = new Map<string, string>();
      for (const f of second.files)
        if (f.error?.startsWith('changed during rewrite')) reports.set(f.path, f.error);
      result.changedDuringRewrite += reports.size;
      result.putBack += [...reports.values()].filter((e) => e.includes('put back')).length;
      const byFile = new Map<string, string[]>();
      for (const entry of log)
        (byFile.get(entry.path) ?? byFile.set(entry.path, []).get(entry.path)!).push(entry.id);
      for (const f of corpus) {
        const text = readFileSync(join(dir, f.path), 'utf8');
        const lines = text.split('\n');
        const ids = lines.flatMap((l) => APPEND_LINE.exec(l)?.[1] ?? []);
        const base = lines.filter((l) => !APPEND_LINE.test(l)).join('\n');
        const made = byFile.get(join(dir, f.path)) ?? [];
        const present = new Set(ids);
        result.lost += made.filter((id) => !present.has(id)).length;
        result.duplicated += ids.length - present.size;
        const appended = ids.length > 0;
        const after = migrated.get(f.path)!;
        if (after === f.content) {
          if (base === f.content) result.states.untouched++;
          else result.torn.push(`round ${round}: ${f.path}`);
        } else if (base === after) result.states[appended ? 'migratedWithAppends' : 'migrated']++;
        else if (base === f.content) {
          result.states[appended ? 'originalWithAppends' : 'original']++;
          if (!reports.has(f.path)) result.unreported.push(`round ${round}: ${f.path}`);
        } else result.torn.push(`round ${round}: ${f.path}`);
      }
      result.savedEdits += readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) =>
        p.includes('.rb-migrate-edit-'),
      ).length;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const sorted = medians.sort((a, b) => a - b);
  result.windowMedianUs = sorted[sorted.length >> 1] ?? 0;
  result.seconds = Math.round((Date.now() - started) / 100) / 10;
  return result;
}

interface RewriteRun {
  killed: boolean;
  stderr: string;
  files: { path: string; status: string; error?: string }[];
}

/** One `rewrite --format json` over the tree; with `killAfterMs`, SIGKILLed then unless it finished first. */
function rewrite(cwd: string, killAfterMs?: number): Promise<RewriteRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [CLI, 'rewrite', '--format', 'json', '--prettier', 'off', '--verbose'],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer =
      killAfterMs !== undefined ? setTimeout(() => child.kill('SIGKILL'), killAfterMs) : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') return resolve({ killed: true, stderr, files: [] });
      if (code !== 0 && code !== 1) return reject(new Error(`rewrite exited ${code}: ${stderr}`));
      resolve({ killed: false, stderr, files: (JSON.parse(stdout) as RewriteRun).files });
    });
  });
}

/** The README table. */
export function renderConcurrentEdits(r: ConcurrentEditsResult): string {
  return [
    `Concurrent edits and kills: ${r.files} files × ${r.rounds} rounds (${r.seconds} s)`,
    `  first rewrite killed in ${r.killed} of ${r.rounds} rounds; ${r.appends} appends made while rewrite ran`,
    `  lost appends: ${r.lost}; duplicated: ${r.duplicated}; truncated or torn files: ${r.torn.length}; original but unreported: ${r.unreported.length}`,
    `  end states of the V1 files (all rounds): original ${r.states.original}, original + appends (reported) ${r.states.originalWithAppends}, migrated ${r.states.migrated}, migrated + appends ${r.states.migratedWithAppends} (files without V1: ${r.states.untouched}, untouched)`,
    `  reported changed during rewrite: ${r.changedDuringRewrite} (put back after the rename: ${r.putBack}; edits saved beside: ${r.savedEdits})`,
    `  compare-to-rename window: median ${r.windowMedianUs} µs, max ${r.windowMaxUs} µs`,
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = Number(process.env.RB_EDITS_FILES ?? 2000);
  const rounds = Number(process.env.RB_EDITS_ROUNDS ?? 20);
  console.log(renderConcurrentEdits(await runConcurrentEdits({ files, rounds })));
}

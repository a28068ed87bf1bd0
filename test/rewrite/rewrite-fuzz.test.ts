import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type CorpusFile } from '../../bench/generate-corpus.ts';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

/** 1,000 files in CI; RB_FUZZ_FILES=10000 (or any number) runs a bigger corpus locally. */
const COUNT = Number(process.env.RB_FUZZ_FILES ?? 1000);
const SEED = Number(process.env.RB_FUZZ_SEED ?? 20260601);

describe(`seeded fuzz: rewrite over ${COUNT} generated files (seed ${SEED})`, () => {
  let repo: TempRepo;
  let corpus: CorpusFile[];
  let first: { code: number | null; data: any; stderr: string };
  const after = new Map<string, string>();

  beforeAll(async () => {
    corpus = generateCorpus({ seed: SEED, files: COUNT, v1Share: 0.3, fillerLines: [10, 60] });
    repo = createTempRepo();
    for (const f of corpus) repo.write(f.path, f.content);
    repo.commit();
    // --accept-loss: every generated V1 JSON body loses output.href, and strict JSON stays V1 without it (RB344).
    const run = await runCli(['rewrite', '--format', 'json', '--accept-loss'], { cwd: repo.dir });
    first = { code: run.code, data: JSON.parse(run.stdout), stderr: run.stderr };
    for (const f of corpus) after.set(f.path, readFileSync(join(repo.dir, f.path), 'utf8'));
  }, 300_000);
  afterAll(() => repo.cleanup());

  it('finishes with exit 0/1, no failed file, and changes every generated V1 file', () => {
    expect([0, 1]).toContain(first.code);
    expect(first.stderr).not.toMatch(/internal error/);
    expect(first.data.files.filter((f: { status: string }) => f.status === 'failed')).toEqual([]);
    const changed = new Set(
      first.data.files
        .filter((f: { status: string }) => f.status === 'changed')
        .map((f: { path: string }) => f.path),
    );
    const v1 = corpus.filter((f) => f.v1);
    expect(v1.length).toBeGreaterThan(COUNT * 0.2);
    expect(v1.filter((f) => !changed.has(f.path)).map((f) => f.path)).toEqual([]);
  });

  it('leaves every file without V1 usage byte-identical', () => {
    const touched = corpus.filter((f) => !f.v1 && after.get(f.path) !== f.content).map((f) => f.path);
    expect(touched).toEqual([]);
  });

  it('every output still parses', () => {
    const broken: string[] = [];
    for (const f of corpus) {
      const text = after.get(f.path)!;
      const ext = f.path.slice(f.path.lastIndexOf('.') + 1);
      try {
        if (ext === 'json') JSON.parse(text);
        else if (ext === 'sh') execFileSync('sh', ['-n'], { input: text });
        else if (ext !== 'md')
          parse(text, {
            sourceType: 'module',
            plugins: ext.startsWith('ts')
              ? ext === 'tsx'
                ? ['typescript', 'jsx']
                : ['typescript']
              : ['jsx'],
          });
      } catch (error) {
        broken.push(`${f.path}: ${(error as Error).message}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('a second run changes nothing', async () => {
    repo.commit('first run');
    const run = await runCli(['rewrite', '--format', 'json', '--accept-loss'], { cwd: repo.dir });
    const data = JSON.parse(run.stdout);
    expect(data.totals.changed).toBe(0);
    expect(repo.git('status', '--porcelain')).toBe('');
  }, 300_000);
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixturePairs } from '../codemod/fixture-pairs.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { runCli } from '../helpers/run-cli.ts';
import { changedCodeFiles, fixableFiles, type CheckReport } from './agreement.ts';

/**
 * The agreement test on every codemod fixture pair: all inputs in one repository (one directory per feature,
 * `.input` dropped so project fixtures import each other), then `check` and `rewrite` on the whole tree. The
 * files check calls fixable must be exactly the files rewrite changes, and after rewrite nothing is fixable.
 */
function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name === '.git') continue;
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[relative(dir, abs)] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return out;
}

describe('check and rewrite agree on every fixture pair', () => {
  let repo: TempRepo;
  let before: CheckReport;
  let after: CheckReport;
  let input: Record<string, string>;
  let output: Record<string, string>;
  beforeAll(async () => {
    repo = createTempRepo();
    for (const pair of listFixturePairs())
      repo.write(`${pair.feature}/${pair.variant}.${pair.ext}`, pair.input);
    repo.commit();
    input = readTree(repo.dir);
    before = JSON.parse((await runCli(['check', '--format', 'json'], { cwd: repo.dir })).stdout);
    await runCli(['rewrite', '--prettier', 'off'], { cwd: repo.dir });
    output = readTree(repo.dir);
    after = JSON.parse((await runCli(['check', '--format', 'json'], { cwd: repo.dir })).stdout);
  }, 120_000);
  afterAll(() => repo?.cleanup());

  it('the files check calls fixable are exactly the files rewrite changes', () => {
    expect(fixableFiles(before)).toEqual(changedCodeFiles(input, output));
    expect(fixableFiles(before).length).toBeGreaterThan(50);
  });

  it('after rewrite nothing is reported fixable', () => {
    expect(fixableFiles(after)).toEqual([]);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planFileRewrite } from '../../src/rewrite/plan-file-rewrite.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { listFixturePairs } from '../codemod/fixture-pairs.ts';
import { runCli } from '../helpers/run-cli.ts';

const pairs = listFixturePairs().filter((p) => p.feature === 'markdown-js');
const scratch = mkdtempSync(join(tmpdir(), 'rb-markdown-js-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const plan = async (path: string, absolute: string) => {
  const planned = await planFileRewrite({ path, absolute }, { dry: false, prettier: 'off', diff: false });
  return {
    ...planned,
    text: planned.bytes ? Buffer.from(planned.bytes).toString('utf8') : undefined,
  };
};

describe('Markdown JS/TS code blocks go through the JS engine (fixture pairs)', () => {
  it('covers the block kinds: fetch, TS in a list item, SDK snippet, beside V2, does not parse, with shell, read in a later block', () => {
    expect(pairs.map((p) => p.variant).sort()).toEqual([
      'beside-v2',
      'does-not-parse',
      'fetch-cutout',
      'later-block-reads-links',
      'list-item-ts',
      'mixed-shell',
      'sdk-snippet',
    ]);
  });

  describe.each(pairs.map((p) => [p.variant, p] as const))('%s', (variant, pair) => {
    it('rewrite gives the expected output, and a second run changes nothing', async () => {
      const first = await plan(`${variant}.md`, pair.inputPath);
      expect(first.text ?? pair.input).toBe(pair.output);
      const again = join(scratch, `${variant}.md`);
      writeFileSync(again, pair.output!);
      const second = await plan(`${variant}.md`, again);
      expect(second.outcome.status).not.toBe('changed');
    });

    it('every site of a block is in the block, and a block changes whole or not at all', async () => {
      const { sites = [] } = await plan(`${variant}.md`, pair.inputPath);
      const groups = new Map<string, Set<string>>();
      for (const site of sites) {
        const fenceLine = Number(/#L(\d+)$/.exec(site.group)![1]);
        expect(site.line).toBeGreaterThanOrEqual(fenceLine);
        const kinds = groups.get(site.group) ?? groups.set(site.group, new Set()).get(site.group)!;
        kinds.add(site.decision.kind === 'leave' ? 'leave' : 'migrate');
      }
      for (const kinds of groups.values()) expect(kinds.size).toBe(1);
    });
  });
});

describe('check and rewrite agree on the Markdown JS fixtures (CLI, one repository)', () => {
  let repo: TempRepo;
  type Finding = { path: string; rule: string; fixable: boolean; line: number };
  const check = async () =>
    (
      JSON.parse(
        (await runCli(['check', '--format', 'json', '--fail-on', 'info'], { cwd: repo.dir })).stdout,
      ) as { findings: Finding[] }
    ).findings;
  let before: Finding[];
  let after: Finding[];
  let changed: string[];
  beforeAll(async () => {
    repo = createTempRepo();
    for (const p of pairs) repo.write(`docs/${p.variant}.md`, p.input);
    repo.commit();
    before = await check();
    const rewrite = await runCli(['rewrite', '--format', 'json', '--prettier', 'off'], { cwd: repo.dir });
    changed = (JSON.parse(rewrite.stdout) as { files: { path: string; status: string }[] }).files
      .filter((f) => f.status === 'changed')
      .map((f) => f.path)
      .sort();
    after = await check();
  }, 120_000);
  afterAll(() => repo.cleanup());

  const byFile = (findings: Finding[], keep: (f: Finding) => boolean = () => true) =>
    [...new Set(findings.filter(keep).map((f) => f.path))].sort();

  it('the files check calls fixable are exactly the files rewrite changes', () => {
    expect(byFile(before, (f) => f.fixable)).toEqual(changed);
    expect(changed).toEqual([
      'docs/fetch-cutout.md',
      'docs/list-item-ts.md',
      'docs/mixed-shell.md',
      'docs/sdk-snippet.md',
    ]);
  });

  it('after rewrite check reports exactly the traces and the blocks left, with their reasons', () => {
    expect(after.filter((f) => f.fixable)).toEqual([]);
    const rules = (path: string) =>
      after
        .filter((f) => f.path === `docs/${path}.md`)
        .map((f) => f.rule)
        .sort();
    expect(rules('fetch-cutout')).toEqual(['RB305']);
    expect(rules('list-item-ts')).toEqual(['RB305']);
    expect(rules('mixed-shell')).toEqual(['RB305', 'RB305', 'RB305']);
    expect(rules('sdk-snippet')).toEqual([]);
    expect(rules('beside-v2')).toEqual(['RB321']);
    // Before and after: the block that does not parse is reported with its reason, never as a bare URL.
    expect(rules('does-not-parse')).toEqual(['RB250']);
    expect(before.filter((f) => f.path === 'docs/does-not-parse.md').map((f) => f.rule)).toEqual(['RB250']);
  });
});

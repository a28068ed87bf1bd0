import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { listFixturePairs } from '../codemod/fixture-pairs.ts';
import { runCli } from '../helpers/run-cli.ts';
import { changedCodeFiles } from '../projects/agreement.ts';
import { lintWithPlugin, type RuleMessage } from './lint-with-plugin.ts';

/**
 * `eslint --fix` with the rule against `rb-migrate rewrite --prettier off` on every JS/TS codemod fixture
 * input, each in a directory of its own (a file alone is its whole project). With the cache check writes,
 * the fixed text equals what rewrite writes, byte for byte, for every file the rule fixes, and the files it
 * does not fix are those where rewrite only adds TODO markers (sites left V1). Without the cache, the same,
 * except files whose change the file alone cannot prove is its own (reported with the reason, left as they
 * are). After rewrite, the rule has nothing to fix.
 */
const JS = /^(?:[cm]?[jt]sx?)$/;
const pairs = listFixturePairs().filter((p) => JS.test(p.ext) && !p.feature.startsWith('project'));
const fileOf = (p: (typeof pairs)[number]) =>
  `${p.feature.replace(/\//g, '__')}__${p.variant}/${p.variant}.${p.ext}`;

const CRLF_FILE = 'crlf/fetch-cutout.js';

let repo: TempRepo;
let input: Map<string, string>;
let alone: { messages: RuleMessage[]; outputs: Map<string, string> };
let cached: { messages: RuleMessage[]; outputs: Map<string, string> };
let rewritten: Map<string, string>;
let after: RuleMessage[];
beforeAll(async () => {
  repo = createTempRepo();
  for (const p of pairs) repo.write(fileOf(p), p.input);
  // A CRLF file whose rewrite inserts a TODO line: rewrite writes the new line with CRLF, and so must the fix.
  const crlf = pairs.find((p) => p.name === 'endpoint-literal/fetch-cutout')!;
  repo.write(CRLF_FILE, crlf.input.replace(/\r?\n/g, '\r\n'));
  repo.commit();
  const files = [...pairs.map(fileOf), CRLF_FILE];
  input = new Map(files.map((f) => [f, readFileSync(join(repo.dir, f), 'utf8')]));
  alone = await lintWithPlugin(repo.dir, files, { fix: true, cache: false });
  expect((await runCli(['check', '--cache', '--format', 'json'], { cwd: repo.dir })).stdout).toContain(
    '"findings"',
  );
  cached = await lintWithPlugin(repo.dir, files, { fix: true });
  const run = await runCli(['rewrite', '--prettier', 'off'], { cwd: repo.dir });
  expect(run.stderr).toContain(' 0 failed');
  rewritten = new Map(files.map((f) => [f, readFileSync(join(repo.dir, f), 'utf8')]));
  after = (await lintWithPlugin(repo.dir, files)).messages;
}, 300_000);
afterAll(() => repo?.cleanup());

const pick = (tree: Map<string, string>, files: readonly string[]) =>
  Object.fromEntries(files.map((f) => [f, tree.get(f)!]));

describe('eslint --fix with rb-migrate/no-v1-remove-background writes what rb-migrate rewrite writes', () => {
  it('with the cache: every file with a fixable finding, byte for byte; the others only get TODO markers', () => {
    expect(pairs.length).toBeGreaterThan(50);
    const fixed = [...cached.outputs.keys()];
    expect(fixed.length).toBeGreaterThan(40);
    expect(fixed.filter((f) => cached.outputs.get(f) !== rewritten.get(f))).toEqual([]);
    expect(cached.outputs.get(CRLF_FILE)).toMatch(/\*\/\r\n/);
    // rewrite's other changes are the TODO markers of sites it leaves V1: no fix, the finding says why
    const unfixed = [...rewritten.keys()].filter((f) => !cached.outputs.has(f));
    expect(changedCodeFiles(pick(input, unfixed), pick(rewritten, unfixed))).toEqual([]);
    for (const f of unfixed) expect(cached.messages.some((m) => m.path === f && m.fix)).toBe(false);
  });

  it('without the cache: the same, except files left unfixed with a message saying to run rewrite', () => {
    const fixed = [...alone.outputs.keys()];
    expect(fixed.filter((f) => alone.outputs.get(f) !== rewritten.get(f))).toEqual([]);
    const withheld = [...cached.outputs.keys()].filter((f) => !alone.outputs.has(f));
    for (const file of withheld) {
      const messages = alone.messages.filter((m) => m.path === file);
      expect(messages.some((m) => m.fix)).toBe(false);
      expect(
        messages.some((m) => /run rb-migrate rewrite/i.test(m.message)),
        file,
      ).toBe(true);
    }
    // most fixtures are fixed alone: a new difference shows up here
    expect(withheld.length).toBeLessThan(fixed.length / 4);
  });

  it('after rewrite, the rule reports nothing it would fix', () => {
    expect(after.filter((m) => m.fix)).toEqual([]);
  });
});

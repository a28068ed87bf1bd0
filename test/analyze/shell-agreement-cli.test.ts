import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHELL_KINDS } from '../../src/analyze/shell/shell-kinds.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { listFixturePairs } from '../codemod/fixture-pairs.ts';
import { runCli } from '../helpers/run-cli.ts';

interface Finding {
  path: string;
  rule: string;
  severity: string;
  fixable: boolean;
}

/** Leave decisions rewrite answers with a trace in the file (no fixable finding, but the file changes). */
const TRACED_LEAVES = new Set(['RB230', 'RB231', 'RB235']);

/**
 * What rewrite may leave: its traces, info notes, V1 URLs it never touches (outside curl, comments), and
 * Markdown JS blocks that do not parse (RB250) or whose job response a later block reads (RB343).
 */
const LEFT_AFTER_REWRITE = new Set(['RB305', 'RB306', 'RB307', 'RB321', 'RB322', 'RB234', 'RB250', 'RB343']);

let repo: TempRepo;
const pairs = listFixturePairs().filter((p) => p.ext in SHELL_KINDS);

beforeAll(() => {
  repo = createTempRepo();
  for (const p of pairs) repo.write(`${p.feature}/${p.variant}.${p.ext}`, p.input);
  repo.commit();
});
afterAll(() => repo.cleanup());

const check = async (): Promise<Finding[]> => {
  const run = await runCli(['check', '--format', 'json', '--fail-on', 'info'], { cwd: repo.dir });
  return (JSON.parse(run.stdout) as { findings: Finding[] }).findings;
};
const files = (findings: Finding[], keep: (f: Finding) => boolean) =>
  [...new Set(findings.filter(keep).map((f) => f.path))].sort();

describe('check and rewrite agree on every shell and Markdown fixture (CLI, one repository)', () => {
  it('the files check calls fixable (plus those with a left site to trace) are exactly the files rewrite changes; afterwards only traces and untouched mentions remain', async () => {
    const before = await check();
    const expected = files(before, (f) => f.fixable || TRACED_LEAVES.has(f.rule));
    const rewrite = await runCli(['rewrite', '--format', 'json', '--prettier', 'off'], { cwd: repo.dir });
    const summary = JSON.parse(rewrite.stdout) as { files: Array<{ path: string; status: string }> };
    const changed = summary.files
      .filter((f) => f.status === 'changed')
      .map((f) => f.path)
      .sort();
    expect(changed).toEqual(expected);
    expect(files(before, (f) => f.fixable).every((p) => changed.includes(p))).toBe(true);

    const after = await check();
    expect(after.filter((f) => f.fixable)).toEqual([]);
    expect(after.filter((f) => !LEFT_AFTER_REWRITE.has(f.rule))).toEqual([]);
    expect(after.some((f) => f.rule === 'RB305')).toBe(true);
    const page = after
      .filter((f) => f.path === 'shell/remove-background-page.md')
      .map((f) => `${f.rule}:${f.severity}`);
    expect(page.sort()).toEqual(['RB305:error', 'RB321:info', 'RB322:info', 'RB322:info', 'RB322:info']);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/check', import.meta.url));

/** `expect: RB300 RB302` annotations on fixture lines, as `path:line:rule` keys. */
function expectedFindings(): Set<string> {
  const keys = new Set<string>([
    // strict JSON: the body would lose output.href, so it stays V1 with the URL (one RB344 site covering both)
    'other/fixture.json:3:RB344',
    'other/page.html:1:RB306',
    // a generated file is never rewritten; its V1 use is reported (its banner forbids an annotation edit)
    'src/generated.ts:4:RB330',
  ]);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (!name.endsWith('.md') || name === 'README.md') {
        readFileSync(abs, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            const m = /expect: ((?:RB\d{3}\s*)+)/.exec(line);
            if (m)
              for (const rule of m[1]!.trim().split(/\s+/))
                keys.add(`${relative(FIXTURES, abs)}:${i + 1}:${rule}`);
          });
      }
    }
  };
  walk(FIXTURES);
  return keys;
}

interface CheckJson {
  findings: Array<{
    path: string;
    line: number;
    column: number;
    rule: string;
    severity: string;
    message: string;
    fixable: boolean;
  }>;
  skipped: Array<{ path: string; reason: string }>;
  totals: Record<string, number>;
}

describe('check precision and recall on the annotated fixture tree', () => {
  let repo: TempRepo;
  let result: CheckJson;
  let code: number | null;
  beforeAll(async () => {
    repo = createTempRepo({ copyFrom: FIXTURES });
    repo.commit();
    const run = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    code = run.code;
    result = JSON.parse(run.stdout) as CheckJson;
  });
  afterAll(() => repo.cleanup());

  it('reports exactly the annotated findings (no false positives, no false negatives)', () => {
    const actual = new Set(result.findings.map((f) => `${f.path}:${f.line}:${f.rule}`));
    expect([...actual].sort()).toEqual([...expectedFindings()].sort());
    expect(code).toBe(1);
  });

  it('skips declaration and generated files with a reason', () => {
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.path, s.reason]));
    // A generated file that uses V1 is not skipped: it is reported with RB330 (rewrite leaves it too).
    expect(reasons['src/generated.ts']).toBeUndefined();
    expect(result.findings.filter((f) => f.path === 'src/generated.ts').map((f) => f.rule)).toEqual([
      'RB330',
    ]);
    expect(reasons['src/types.d.ts']).toMatch(/declaration/);
  });

  it('uses severity from the rule catalogue and fixability from the decision on each site', () => {
    const byRule = (rule: string) => result.findings.find((f) => f.rule === rule)!;
    const fixable = (rule: string) => result.findings.filter((f) => f.rule === rule && f.fixable);
    expect(fixable('RB300')[0]).toMatchObject({ severity: 'error' });
    expect(fixable('RB303')[0]).toMatchObject({ severity: 'error' });
    // an SDK call rewrite leaves V1 is reported with its reason, needing a human
    expect(byRule('RB212')).toMatchObject({ severity: 'warning', fixable: false });
    expect(byRule('RB306')).toMatchObject({ severity: 'warning', fixable: false });
    expect(byRule('RB307')).toMatchObject({ severity: 'info' });
    expect(byRule('RB308')).toMatchObject({ severity: 'warning' });
    expect(byRule('RB300').message).toMatch(/\/sensei\//);
  });

  it('counts suppressed findings in the totals', () => {
    expect(result.totals.suppressed).toBe(3);
    expect(result.totals.findings).toBe(result.findings.length);
    expect(result.totals.files).toBeGreaterThan(10);
  });

  it('points columns at the V1 path inside the literal', () => {
    const lines = readFileSync(join(FIXTURES, 'src/endpoints.ts'), 'utf8').split('\n');
    const index = lines.findIndex((l) => l.startsWith('export const CUTOUT_URL'));
    const f = result.findings.find((x) => x.path === 'src/endpoints.ts' && x.line === index + 1)!;
    const line = lines[index]!;
    expect(line.slice(f.column - 1)).toMatch(/^sensei\/cutout/);
  });
});

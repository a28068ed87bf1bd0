import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const dir = fileURLToPath(new URL('../../__testfixtures__/compat/', import.meta.url));
// The ESM and CommonJS pairs route everything through v1Fetch with no TODO (the config-base pair has one).
const clean = ['fetch-submit-poll.input.mjs', 'require-mask.input.cjs'];

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

interface Finding {
  rule: string;
  severity: string;
  path: string;
}

describe('rewrite --strategy compat, then check', () => {
  it('routes V1 fetch calls through v1Fetch; check reports them as RB245 info and exits 0', async () => {
    for (const file of clean) repo.write(file.replace('.input.', '.'), readFileSync(join(dir, file), 'utf8'));
    repo.commit();
    const rewrite = await runCli(['rewrite', '--strategy', 'compat'], { cwd: repo.dir });
    expect(rewrite.code, rewrite.stderr).toBe(0);
    for (const file of clean)
      expect(readFileSync(join(repo.dir, file.replace('.input.', '.')), 'utf8'), file).toBe(
        readFileSync(join(dir, file.replace('.input.', '.output.')), 'utf8'),
      );

    const check = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const findings: Finding[] = JSON.parse(check.stdout).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.rule === 'RB245' && f.severity === 'info')).toBe(true);
    expect(new Set(findings.map((f) => f.path))).toEqual(
      new Set(['fetch-submit-poll.mjs', 'require-mask.cjs']),
    );

    const strict = await runCli(['check', '--fail-on', 'info'], { cwd: repo.dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('RB245');
  });

  it('a URL built from a base read at run time gets the RB244 TODO, and rewrite exits 1', async () => {
    repo.write('config-base.ts', readFileSync(join(dir, 'config-base.input.ts'), 'utf8'));
    repo.commit();
    const rewrite = await runCli(['rewrite', '--strategy', 'compat'], { cwd: repo.dir });
    expect(rewrite.code).toBe(1);
    const out = readFileSync(join(repo.dir, 'config-base.ts'), 'utf8');
    expect(out).toBe(readFileSync(join(dir, 'config-base.output.ts'), 'utf8'));
    expect(out).toContain('rb-migrate RB244');
  });

  it('rejects an unknown strategy with exit 2', async () => {
    repo.write('a.js', "fetch('https://image.adobe.io/sensei/cutout');\n");
    repo.commit();
    const run = await runCli(['rewrite', '--strategy', 'gateway'], { cwd: repo.dir });
    expect(run.code).toBe(2);
  });

  it('native stays the default', async () => {
    for (const file of readdirSync(dir).filter((f) => f === clean[0]))
      repo.write(file.replace('.input.', '.'), readFileSync(join(dir, file), 'utf8'));
    repo.commit();
    await runCli(['rewrite'], { cwd: repo.dir });
    expect(readFileSync(join(repo.dir, 'fetch-submit-poll.mjs'), 'utf8')).toContain('/v2/remove-background');
  });
});

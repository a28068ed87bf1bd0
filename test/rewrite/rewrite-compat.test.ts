import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const dir = fileURLToPath(new URL('../../__testfixtures__/compat/', import.meta.url));
// These pairs route everything through v1Fetch or v1AxiosAdapter with no TODO (a base read at run time
// included: v1Fetch learns its host from RB_MIGRATE_V1_HOSTS). The literal-proxy-host and binary-mask-loss
// pairs keep TODOs.
const clean = [
  'fetch-submit-poll.input.mjs',
  'require-mask.input.cjs',
  'config-base.input.ts',
  'axios-instance.input.js',
  'axios-request.input.mjs',
];

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
      new Set(clean.map((f) => f.replace('.input.', '.'))),
    );

    const strict = await runCli(['check', '--fail-on', 'info'], { cwd: repo.dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('RB245');
  });

  it('a literal host other than image.adobe.io (RB244) and losses in literal bodies (RB102, RB120) are TODOs: rewrite and check exit 1', async () => {
    const files = ['literal-proxy-host.input.js', 'binary-mask-loss.input.mjs'];
    for (const file of files) repo.write(file.replace('.input.', '.'), readFileSync(join(dir, file), 'utf8'));
    repo.commit();
    const rewrite = await runCli(['rewrite', '--strategy', 'compat'], { cwd: repo.dir });
    expect(rewrite.code).toBe(1);
    for (const file of files)
      expect(readFileSync(join(repo.dir, file.replace('.input.', '.')), 'utf8')).toBe(
        readFileSync(join(dir, file.replace('.input.', '.output.')), 'utf8'),
      );
    const check = await runCli(['check', '--format', 'json'], { cwd: repo.dir });
    expect(check.code).toBe(1);
    const todos = (JSON.parse(check.stdout).findings as (Finding & { message: string })[])
      .filter((f) => f.rule === 'RB305')
      .map((f) => /RB\d{3}/.exec(f.message)?.[0]);
    expect(todos.sort()).toEqual(['RB102', 'RB120', 'RB244']);
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

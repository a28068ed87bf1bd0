import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { CLI } from '../helpers/run-cli.ts';
import { readActionFile, runCompositeAction } from './run-composite-action.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const action = readActionFile(join(ROOT, 'action.yml'));
const SCHEMA = JSON.parse(
  readFileSync(join(ROOT, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8'),
) as object;
const ajv = new Ajv2020.default({ strict: false });
addFormats.default(ajv);
const validate = ajv.compile(SCHEMA);

const V1 = `export const A = 'https://image.adobe.io/sensei/cutout';\n`;
const SUPPRESSED = `export const B = '/sensei/mask'; // rb-migrate-ignore RB300: kept for the V1 docs example\n`;

let repo: TempRepo;
let runnerTemp: string;
beforeEach(() => {
  repo = createTempRepo();
  runnerTemp = mkdtempSync(join(tmpdir(), 'rb-runner-temp-'));
});
afterEach(() => {
  repo.cleanup();
  rmSync(runnerTemp, { recursive: true, force: true });
});

/** Runs the action's steps on the temp repo; the action path is this checkout (its dist/ is built by npm test). */
function run(inputs: Record<string, string> = {}) {
  const result = runCompositeAction(action, { actionPath: ROOT, workspace: repo.dir, runnerTemp, inputs });
  const byId = (id: string) => result.steps.find((s) => s.step.id === id);
  const sarif = (path: string | undefined) => (path ? JSON.parse(readFileSync(path, 'utf8')) : undefined);
  return {
    ...result,
    byId,
    log: result.steps.map((s) => s.stdout + s.stderr).join(''),
    lastCode: result.steps.filter((s) => s.code !== undefined).at(-1)!.code,
    full: sarif(result.outputs['sarif-full']),
    upload: sarif(result.outputs['sarif-file']),
  };
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs, uploading SARIF with codeql-action', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(
      expect.arrayContaining(['paths', 'fail-on', 'baseline', 'format', 'working-directory']),
    );
    expect(action.inputs['fail-on']!.default).toBe('warning');
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('${{ steps.sarif.outputs.sarif-file }}');
  });

  it('never pastes an input into a script (inputs reach run: only through env)', () => {
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });
});

describe('running the action steps on a repository', () => {
  it('with findings: annotations in the log, SARIF written, suppressed results left out of the upload, job fails', () => {
    repo.write('src/a.ts', V1);
    repo.write('src/b.ts', SUPPRESSED);
    repo.commit();
    const r = run();
    expect(r.byId('setup')!.stdout).toMatch(/^using rb-migrate \d+\.\d+\.\d+/);
    expect(r.byId('check')).toMatchObject({ code: 0, outputs: { 'exit-code': '1' } });
    expect(r.byId('check')!.stdout).toMatch(
      /^::error file=src\/a\.ts,line=1,col=\d+,title=RB300 v1-endpoint::/m,
    );
    expect(validate(r.full)).toBe(true);
    expect(validate(r.upload)).toBe(true);
    const at = (log: any) =>
      log.runs[0].results.map(
        (x: any) => `${x.locations[0].physicalLocation.artifactLocation.uri}:${x.ruleId}`,
      );
    expect(at(r.full)).toEqual(['src/a.ts:RB300', 'src/b.ts:RB300']);
    expect(r.full.runs[0].results[1].suppressions[0].justification).toBe('kept for the V1 docs example');
    expect(at(r.upload)).toEqual(['src/a.ts:RB300']);
    const uses = r.steps.find((s) => s.step.uses);
    expect(uses?.with).toEqual({ sarif_file: r.outputs['sarif-file'], category: 'rb-migrate' });
    expect(r.lastCode).toBe(1);
    expect(r.steps.at(-1)!.stdout).toMatch(
      /^::error title=rb-migrate::V1 usage at or above warning \(exit 1\)/,
    );
  });

  it('on a clean repository every step passes and the SARIF has no results', () => {
    repo.write('src/a.ts', `export const A = 'https://image.adobe.io/v2/remove-background';\n`);
    repo.commit();
    const r = run({ 'upload-sarif': 'false' });
    expect(r.steps.every((s) => s.code === 0)).toBe(true);
    expect(r.steps.some((s) => s.step.uses)).toBe(false);
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.upload.runs[0].results).toEqual([]);
  });

  it('working-directory and paths: files are named from the repository root', () => {
    repo.write('packages/app/src/a.ts', V1);
    repo.write('packages/app/test/b.ts', V1);
    repo.write('packages/other/c.ts', V1);
    const r = run({ 'working-directory': 'packages/app', paths: 'src\n' });
    expect(r.byId('check')!.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^::error file=packages\/app\/src\/a\.ts,line=1,/),
    ]);
    expect(r.full.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      'packages/app/src/a.ts',
    );
    expect(r.lastCode).toBe(1);
  });

  it('fail-on and baseline decide the exit code; format text prints the text report', () => {
    repo.write('docs/x.md', 'old: https://image.adobe.io/sensei/mask\n');
    expect(run({ 'fail-on': 'error' }).lastCode).toBe(0);
    const text = run({ format: 'text' });
    expect(text.byId('check')!.stdout).toMatch(/docs\/x\.md\n\s+1:\d+\s+warning\s+RB306/);
    expect(text.lastCode).toBe(1);

    const missing = run({ baseline: 'rb-baseline.json' });
    expect(missing.byId('check')).toMatchObject({ code: 2, outputs: { 'exit-code': '2' } });
    expect(missing.log).toContain('rb-baseline.json');
    const update = spawnSync(
      process.execPath,
      [CLI, 'check', '--baseline', 'rb-baseline.json', '--update-baseline'],
      {
        cwd: repo.dir,
      },
    );
    expect(update.status).toBe(0);
    const baselined = run({ baseline: 'rb-baseline.json' });
    expect(baselined.lastCode).toBe(0);
    expect(baselined.full.runs[0].results[0].suppressions[0].kind).toBe('external');
    expect(baselined.upload.runs[0].results).toEqual([]);
    repo.write('src/a.ts', V1);
    expect(run({ baseline: 'rb-baseline.json' }).lastCode).toBe(1);
  });

  it('a usage error fails the check step with exit 2 and uploads nothing', () => {
    repo.write('src/a.ts', V1);
    const r = run({ 'fail-on': 'fatal' });
    expect(r.byId('check')).toMatchObject({ code: 2, outputs: { 'exit-code': '2' } });
    expect(r.steps.some((s) => s.step.uses)).toBe(false);
    expect(r.log).toMatch(/fail-on/);
  });
});

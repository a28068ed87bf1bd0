import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULES } from '../../packages/runtime/src/mapping/rules.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { runCli } from '../helpers/run-cli.ts';

const SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'),
) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(SCHEMA);

/** The level GitHub code scanning and every SARIF viewer expect per severity: written out, not imported. */
const EXPECTED_LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

async function sarif(args: string[] = [], cwd = repo.dir) {
  const run = await runCli(['check', '--format', 'sarif', ...args], { cwd });
  const log = JSON.parse(run.stdout);
  expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
  return { code: run.code, run: log.runs[0] };
}

describe('SARIF rule metadata', () => {
  it('every rule has a helpUri to its generated docs page, and its default level maps from its severity', async () => {
    repo.write('a.txt', 'nothing here\n');
    const { run } = await sarif();
    const rules = run.tool.driver.rules as {
      id: string;
      helpUri: string;
      defaultConfiguration: { level: string };
    }[];
    const checker = RULES.filter((r) => r.faces.includes('checker'));
    expect(rules.map((r) => r.id)).toEqual(checker.map((r) => r.code));
    for (const rule of rules) {
      expect(rule.helpUri).toMatch(
        new RegExp(`^https://github\\.com/[^/]+/[^/]+/blob/main/docs/rules/${rule.id}\\.md$`),
      );
      const docs = fileURLToPath(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url));
      expect(readFileSync(docs, 'utf8')).toContain(`# ${rule.id}:`);
    }
    const level = Object.fromEntries(rules.map((r) => [r.id, r.defaultConfiguration.level]));
    // One rule of each severity, named: a wrong mapping cannot hide behind the catalogue.
    expect(level).toMatchObject({ RB300: 'error', RB306: 'warning', RB307: 'note' });
    for (const r of checker) expect(level[r.code]).toBe(EXPECTED_LEVEL[r.severity]);
  });
});

describe('SARIF results', () => {
  beforeEach(() => {
    repo.write(
      'src/a.ts',
      [
        `export const A = '/sensei/cutout';`,
        `// was https://image.adobe.io/sensei/mask`,
        `export const B = '/sensei/mask'; // rb-migrate-ignore RB300: kept for the V1 docs example`,
        `export const C = '/sensei/mask'; // rb-migrate-ignore RB300`,
        ``,
      ].join('\n'),
    );
    repo.write('docs/x.md', 'old: https://image.adobe.io/sensei/status/123\n');
  });

  it('levels on results: error → error, warning → warning, info → note', async () => {
    const { run, code } = await sarif(['--fail-on', 'info']);
    expect(code).toBe(1);
    const live = run.results.filter((r: { suppressions?: unknown }) => !r.suppressions);
    expect(
      live.map((r: any) => `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.ruleId}:${r.level}`),
    ).toEqual([
      'docs/x.md:RB306:warning',
      'src/a.ts:RB300:error',
      'src/a.ts:RB307:note',
      'src/a.ts:RB308:warning',
    ]);
  });

  it('suppressed findings are results with suppressions[]: inSource with the reason, external for the baseline', async () => {
    repo.write('src/old.ts', `export const OLD = '/sensei/cutout';\n`);
    const update = await runCli(
      ['check', 'src/old.ts', '--baseline', 'rb-baseline.json', '--update-baseline'],
      {
        cwd: repo.dir,
      },
    );
    expect(update.code).toBe(0);
    const { run } = await sarif(['--baseline', 'rb-baseline.json']);
    const suppressed = run.results
      .filter((r: { suppressions?: unknown }) => r.suppressions)
      .map((r: any) => ({
        at: `${r.locations[0].physicalLocation.artifactLocation.uri}:${r.locations[0].physicalLocation.region.startLine}:${r.ruleId}`,
        suppressions: r.suppressions,
      }));
    expect(suppressed).toEqual([
      {
        at: 'src/a.ts:3:RB300',
        suppressions: [
          { kind: 'inSource', status: 'accepted', justification: 'kept for the V1 docs example' },
        ],
      },
      // A bare suppression still applies (RB308 reports the missing reason); it has no justification.
      { at: 'src/a.ts:4:RB300', suppressions: [{ kind: 'inSource', status: 'accepted' }] },
      {
        at: 'src/old.ts:1:RB300',
        suppressions: [
          { kind: 'external', status: 'accepted', justification: 'recorded in rb-baseline.json' },
        ],
      },
    ]);
    // The text and JSON reports still count them without listing them.
    const json = await runCli(['check', '--format', 'json', '--baseline', 'rb-baseline.json'], {
      cwd: repo.dir,
    });
    const data = JSON.parse(json.stdout);
    expect(data.totals).toMatchObject({ suppressed: 2, baselined: 1 });
    expect(data.findings.some((f: { path: string }) => f.path === 'src/old.ts')).toBe(false);
  });
});

describe('paths relative to the git root', () => {
  it('--format github and sarif name files from the repository root when check runs in a subdirectory', async () => {
    repo.write('packages/app/src/a.ts', `export const A = '/sensei/cutout';\n`);
    const cwd = join(repo.dir, 'packages/app');
    const github = await runCli(['check', '--format', 'github'], { cwd });
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=packages\/app\/src\/a\.ts,line=1,/);
    const { run } = await sarif([], cwd);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('packages/app/src/a.ts');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/\/$/);
    expect(fileURLToPath(run.originalUriBaseIds['%SRCROOT%'].uri)).toBe(
      fileURLToPath(new URL(`file://${repo.git('rev-parse', '--show-toplevel').trim()}/`)),
    );
    // Text output stays relative to where you ran it.
    const text = await runCli(['check'], { cwd });
    expect(text.stdout).toMatch(/^src\/a\.ts$/m);
  });

  it('outside git, paths stay relative to the directory check ran in', async () => {
    const plain = createTempRepo({ git: false });
    try {
      plain.write('sub/a.ts', `export const A = '/sensei/cutout';\n`);
      const run = await runCli(['check', '--format', 'github'], { cwd: join(plain.dir, 'sub') });
      expect(run.stdout).toMatch(/^::error file=a\.ts,line=1,/);
    } finally {
      plain.cleanup();
    }
  });
});

import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYSIS_CACHE_FILE, type AnalysisCache } from '../../src/check/types.ts';
import { lintText } from '../../src/eslint/lint-text.ts';
import { runCli } from '../helpers/run-cli.ts';
import { lintWithPlugin, type RuleMessage } from './lint-with-plugin.ts';

/**
 * The ESLint rule against `check --format json` on one multi-file project (__testfixtures__/eslint/project,
 * plus cases borrowed from other fixtures: a V1 URL constant and the module sending it, a shared poller, a
 * JSON config read by code, a file fixable on its own; its own files: an exported constant nobody imports, a
 * TODO marker, a README curl). With the cache `check --cache`
 * writes, the rule's findings (file, line, code) are check's for the JS/TS files; without it, they differ
 * exactly by the documented cross-file cases (docs/eslint.md).
 */
const FIXTURES = join(import.meta.dirname, '../../__testfixtures__');
/** The project's own files, and the cases it borrows from other fixtures (target ← source). */
const PROJECT = join(FIXTURES, 'eslint/project');
const BORROWED: Record<string, string> = {
  'src/client.ts': 'project-cross-file/client.input.ts',
  'src/config.ts': 'project-cross-file/config.input.ts',
  'src/lib/poller.js': 'projects/shared-poller/input/lib/poller.js',
  'src/submit.js': 'projects/shared-poller/input/submit.js',
  'config-json/config.json': 'projects/config-json-endpoint/input/config.json',
  'config-json/read-config.js': 'projects/config-json-endpoint/input/submit.js',
  'src/standalone.js': 'endpoint-literal/fetch-cutout.input.js',
};
const JS = /\.(?:[cm]?[jt]sx?)$/;

interface CheckJson {
  findings: {
    path: string;
    line: number;
    rule: string;
    severity: string;
    message: string;
    fixable: boolean;
  }[];
}

let dir: string;
let check: CheckJson;
let cached: RuleMessage[];
let alone: RuleMessage[];
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rb-eslint-agree-'));
  cpSync(PROJECT, dir, { recursive: true });
  for (const [target, source] of Object.entries(BORROWED)) {
    mkdirSync(dirname(join(dir, target)), { recursive: true });
    cpSync(join(FIXTURES, source), join(dir, target));
  }
  const run = await runCli(['check', '--cache', '--format', 'json'], { cwd: dir });
  expect(run.code).toBe(1);
  check = JSON.parse(run.stdout) as CheckJson;
  cached = (await lintWithPlugin(dir, ['.'])).messages;
  alone = (await lintWithPlugin(dir, ['.'], { cache: false })).messages;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = (f: { path: string; line: number }, code: string) => `${f.path}:${f.line} ${code}`;
const checkKeys = () =>
  check.findings
    .filter((f) => JS.test(f.path))
    .map((f) => key(f, f.rule))
    .sort();
const ruleKeys = (messages: readonly RuleMessage[]) => messages.map((m) => key(m, m.code)).sort();

describe('the ESLint rule and check on one multi-file project', () => {
  it('writes an analysis cache that holds every JS/TS file check scanned, and no temp file', () => {
    const cacheDir = join(dir, ANALYSIS_CACHE_FILE, '..');
    expect(readdirSync(cacheDir)).toEqual(['analysis.json']);
    const cache = JSON.parse(readFileSync(join(dir, ANALYSIS_CACHE_FILE), 'utf8')) as AnalysisCache;
    expect(
      Object.keys(cache.files)
        .map((p) => p.slice(dir.length + 1))
        .sort(),
    ).toEqual([
      'config-json/read-config.js',
      'src/client.ts',
      'src/config.ts',
      'src/exported-url.mjs',
      'src/lib/poller.js',
      'src/marked.ts',
      'src/standalone.js',
      'src/submit.js',
    ]);
    expect(cache.files[join(dir, 'src/config.ts')]!.together).toEqual([join(dir, 'src/client.ts')]);
  });

  it('with the cache: the same findings (file, line, code) as check for the JS/TS files', () => {
    expect(checkKeys().length).toBeGreaterThan(10);
    expect(ruleKeys(cached)).toEqual(checkKeys());
  });

  it("with the cache: check's messages and severities, the code last", () => {
    for (const m of cached) {
      const f = check.findings.find((c) => key(c, c.rule) === key(m, m.code))!;
      expect(m.message.startsWith(f.message)).toBe(true);
      expect(m.message.endsWith(` [${f.severity}] ${f.rule}`)).toBe(true);
    }
  });

  it('with the cache: fixes exactly the fixable findings whose change is all in their file', () => {
    const fixed = [...new Set(cached.filter((m) => m.fix).map((m) => m.path))].sort();
    expect(fixed).toEqual(['src/exported-url.mjs', 'src/standalone.js']);
    // fixable in check, but changing with another file: reported with the reason, no fix
    const together = cached.filter((m) => m.path === 'src/client.ts' || m.path === 'src/config.ts');
    expect(together.length).toBe(5);
    for (const m of together) {
      expect(m.fix).toBe(false);
      expect(m.message).toMatch(/changes together with (client|config)\.ts: run rb-migrate rewrite/);
    }
  });

  it('without the cache: only the documented cross-file cases differ', () => {
    const withCache = new Set(ruleKeys(cached));
    const without = new Set(ruleKeys(alone));
    expect({
      onlyCheckSees: [...withCache].filter((k) => !without.has(k)),
      onlyTheFileAloneShows: [...without].filter((k) => !withCache.has(k)),
    }).toEqual({
      // shared-value decisions need the other module: the poller's reader, the config's reader, the submitter
      onlyCheckSees: [
        'config-json/read-config.js:4 RB215',
        'src/lib/poller.js:2 RB217',
        'src/submit.js:13 RB216',
      ],
      // alone, the submitter's request looks migratable: its body is reported (without a fix, see below)
      onlyTheFileAloneShows: ['src/submit.js:10 RB302'],
    });
  });

  it('without the cache: a fix only where the file alone is the whole change', () => {
    const fixed = [...new Set(alone.filter((m) => m.fix).map((m) => m.path))].sort();
    expect(fixed).toEqual(['src/standalone.js']);
    const reason = (path: string) => alone.find((m) => m.path === path)!.message;
    expect(reason('src/client.ts')).toContain('uses a V1 URL constant of another module');
    expect(reason('src/config.ts')).toContain('changes a value this module exports');
    expect(reason('src/exported-url.mjs')).toContain('changes a value this module exports');
    expect(reason('src/submit.js')).toContain('passes the V1 job response to code ESLint cannot follow');
  });

  it('a file edited after check --cache is analysed alone; a cache of another version is ignored', () => {
    const path = join(dir, 'src/exported-url.mjs');
    const text = readFileSync(path, 'utf8');
    expect(lintText(text, path).source).toBe('cache');
    expect(lintText(`${text}// edited\n`, path).source).toBe('alone');
    const cacheFile = join(dir, ANALYSIS_CACHE_FILE);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8')) as AnalysisCache;
    writeFileSync(cacheFile, JSON.stringify({ ...cache, version: '0.0.0-other' }));
    expect(lintText(text, path).source).toBe('alone');
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect(lintText(text, path).source).toBe('cache');
  });
});

describe('check --cache', () => {
  it('says so on stderr when it cannot write the cache, and the report and exit code stay the same', async () => {
    const other = mkdtempSync(join(tmpdir(), 'rb-eslint-nocache-'));
    try {
      cpSync(join(FIXTURES, BORROWED['src/standalone.js']!), join(other, 'standalone.js'));
      writeFileSync(join(other, 'node_modules'), 'a file where the cache directory would go\n');
      const plain = await runCli(['check', '--format', 'json'], { cwd: other });
      const cached = await runCli(['check', '--cache', '--format', 'json'], { cwd: other });
      expect(cached.stderr).toMatch(
        /cannot write the analysis cache .*node_modules\/\.cache\/rb-migrate\/analysis\.json/,
      );
      expect(cached.code).toBe(plain.code);
      expect(cached.code).toBe(1);
      expect(cached.stdout).toBe(plain.stdout);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const V1 = `export const URL = 'https://image.adobe.io/sensei/cutout';\n`;
const CLEAN = `export const URL = 'https://image.adobe.io/v2/remove-background';\n`;
const FIXTURES = fileURLToPath(new URL('../fixtures/check', import.meta.url));
const SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'),
) as object;

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

const check = (args: string[] = [], cwd = repo.dir) => runCli(['check', ...args], { cwd });
const json = async (args: string[] = []) => {
  const run = await check(['--format', 'json', ...args]);
  return { ...run, data: JSON.parse(run.stdout) as { findings: any[]; skipped: any[]; totals: any } };
};

describe('exit codes', () => {
  it('0 on a clean tree, 1 with findings, 2 on usage errors', async () => {
    repo.write('src/ok.ts', CLEAN);
    repo.commit();
    expect((await check()).code).toBe(0);
    repo.write('src/bad.ts', V1);
    const bad = await check();
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('src/bad.ts');
    expect(bad.stderr).toMatch(/2 files scanned, 1 findings .*FAIL/);
    const missing = await check(['nope/']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory: nope/');
    expect((await check(['--fail-on', 'fatal'])).code).toBe(2);
    expect((await check(['--shard', '3/2'])).code).toBe(2);
    expect((await check(['--update-baseline'])).code).toBe(2);
    expect((await check(['--baseline', 'missing.json'])).code).toBe(2);
    expect((await check(['--no-such-flag'])).code).toBe(2);
  });

  it('--fail-on sets the threshold', async () => {
    repo.write('docs/a.md', 'See https://image.adobe.io/sensei/mask\n');
    repo.write('src/b.ts', '// was https://image.adobe.io/sensei/mask\nexport {};\n');
    expect((await check(['--fail-on', 'error'])).code).toBe(0);
    expect((await check(['--fail-on', 'warning'])).code).toBe(1);
    expect((await check(['src', '--fail-on', 'warning'])).code).toBe(0);
    expect((await check(['src', '--fail-on', 'info'])).code).toBe(1);
  });

  it('says clearly when no file was scanned, and exits 0', async () => {
    repo.write('.gitignore', 'gen/\n');
    repo.write('gen/a.ts', V1);
    const run = await check(['gen/']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/no files scanned under gen\//);
  });

  it('--help documents formats and exit codes', async () => {
    const run = await runCli(['check', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/sarif/);
    expect(run.stdout).toMatch(/Exit codes:/);
    expect(run.stdout).toMatch(/rb-migrate-ignore/);
  });
});

describe('formats', () => {
  beforeEach(() => {
    // A request rewrite migrates: its URL and its body are both reported fixable.
    repo.write(
      'src/a.ts',
      `const base = 'https://image.adobe.io';\nfetch(base + '/sensei/mask', { method: 'POST', body: JSON.stringify({ input: { href: 'a', storage: 'external' }, output: { href: 'b', storage: 'external' } }) });\n`,
    );
    repo.write('docs/x.md', 'old: https://image.adobe.io/sensei/status/123\n');
  });

  it('json has the documented shape', async () => {
    const { data, code } = await json();
    expect(code).toBe(1);
    expect(data.findings).toHaveLength(3);
    expect(Object.keys(data.findings[0]).sort()).toEqual(
      ['column', 'fingerprint', 'fixable', 'line', 'message', 'path', 'rule', 'severity'].sort(),
    );
    expect(data.findings[0]).toMatchObject({
      path: 'docs/x.md',
      line: 1,
      rule: 'RB306',
      severity: 'warning',
    });
    expect(data.findings[1]).toMatchObject({
      path: 'src/a.ts',
      line: 2,
      column: 16,
      rule: 'RB300',
      fixable: true,
    });
    expect(data.findings[2]).toMatchObject({ path: 'src/a.ts', line: 2, rule: 'RB302', fixable: true });
    expect(data.totals).toMatchObject({ files: 2, findings: 3, errors: 1, warnings: 2, infos: 0 });
  });

  it('sarif validates against the official SARIF 2.1.0 schema, with rule metadata and fixes', async () => {
    const run = await check(['--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout);
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(SCHEMA);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run0 = log.runs[0];
    const ids = run0.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'RB300',
        'RB301',
        'RB302',
        'RB303',
        'RB304',
        'RB305',
        'RB306',
        'RB307',
        'RB308',
      ]),
    );
    const result = run0.results.find((r: { ruleId: string }) => r.ruleId === 'RB300');
    expect(run0.tool.driver.rules[result.ruleIndex].id).toBe('RB300');
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({
      uri: 'src/a.ts',
      uriBaseId: '%SRCROOT%',
    });
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe(
      'v2/remove-background',
    );
    expect(result.partialFingerprints['rbMigrate/v1']).toMatch(/^[0-9a-f]{20}:0$/);
  });

  it('sarif of a clean tree is valid too', async () => {
    repo.write('src/a.ts', CLEAN);
    repo.write('docs/x.md', 'nothing\n');
    const run = await check(['--format', 'sarif', '-o', 'out.sarif']);
    expect(run.code).toBe(0);
    const log = JSON.parse(readFileSync(join(repo.dir, 'out.sarif'), 'utf8'));
    const ajv = new Ajv2020.default({ strict: false });
    addFormats.default(ajv);
    expect(ajv.validate(SCHEMA, log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it('github prints workflow-command annotations', async () => {
    const run = await check(['--format', 'github']);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^::warning file=docs\/x\.md,line=1,col=\d+,title=RB306 v1-url-other-file::V1 Remove Background URL/,
      ),
      expect.stringMatching(
        /^::error file=src\/a\.ts,line=2,col=16,title=RB300 v1-endpoint::V1 Remove Background endpoint "\/sensei\/mask"\. Run rb-migrate rewrite/,
      ),
      expect.stringMatching(/^::warning file=src\/a\.ts,line=2,col=\d+,title=RB302 v1-payload-shape::/),
    ]);
  });

  it('text groups findings by file with hints', async () => {
    const run = await check();
    expect(run.stdout).toMatch(
      /src\/a\.ts\n\s+2:16\s+error\s+RB300\s+V1 Remove Background endpoint "\/sensei\/mask"/,
    );
    expect(run.stdout).toMatch(/fixable: rb-migrate rewrite/);
  });
});

describe('baseline', () => {
  it('fails only on new usage and survives line moves', async () => {
    repo.write('src/a.ts', `import x from 'y';\nexport const A = 'https://image.adobe.io/sensei/cutout';\n`);
    const update = await check(['--baseline', '.rb-baseline.json', '--update-baseline']);
    expect(update.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(repo.dir, '.rb-baseline.json'), 'utf8'));
    expect(baseline.findings).toHaveLength(1);
    expect(JSON.stringify(baseline)).not.toContain('sensei');
    expect((await check(['--baseline', '.rb-baseline.json'])).code).toBe(0);

    repo.write(
      'src/a.ts',
      `import x from 'y';\n\n\n// moved down\nexport const A = 'https://image.adobe.io/sensei/cutout';\n`,
    );
    const moved = await json(['--baseline', '.rb-baseline.json']);
    expect(moved.code).toBe(0);
    expect(moved.data.totals).toMatchObject({ findings: 0, baselined: 1 });

    repo.write('src/b.ts', `export const B = '/sensei/mask';\n`);
    const fresh = await json(['--baseline', '.rb-baseline.json']);
    expect(fresh.code).toBe(1);
    expect(fresh.data.findings.map((f: { path: string }) => f.path)).toEqual(['src/b.ts']);
  });

  it('rejects a file that is not a baseline', async () => {
    repo.write('bad.json', '{"hello": 1}');
    const run = await check(['--baseline', 'bad.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not an rb-migrate baseline/);
  });
});

describe('discovery', () => {
  it('honours nested .gitignore with negation and --ignore; in a work tree, build output git does not ignore is source, installed dependencies never', async () => {
    repo.write('.gitignore', 'ignored/\n*.log\n');
    repo.write('pkg/.gitignore', 'gen-*\n!gen-keep.ts\n');
    repo.write('ignored/a.ts', V1);
    repo.write('app.log', 'https://image.adobe.io/sensei/cutout\n');
    repo.write('pkg/gen-x.ts', V1);
    repo.write('pkg/gen-keep.ts', V1);
    repo.write('node_modules/lib/index.js', V1);
    repo.write('dist/out.js', V1);
    repo.write('vendor/v.js', V1);
    repo.write('web/app.min.js', V1);
    repo.write('src/a.ts', V1);
    repo.write('src/skip-me.ts', V1);
    const { data } = await json(['--ignore', 'src/skip-*']);
    // git ls-files -co --exclude-standard: untracked dist/, vendor/ and bundles no rule ignores are listed
    // (test/files/git-discovery-cli.test.ts has the walker outside git, which skips them).
    expect(data.findings.map((f: { path: string }) => f.path).sort()).toEqual([
      'dist/out.js',
      'pkg/gen-keep.ts',
      'src/a.ts',
      'vendor/v.js',
      'web/app.min.js',
    ]);
  });

  it('scans dotfiles such as .env and CI workflows, with their comment syntax', async () => {
    repo.write(
      '.env',
      '# old: https://image.adobe.io/sensei/mask\nRB_URL=https://image.adobe.io/sensei/cutout\n',
    );
    repo.write('.github/workflows/ci.yml', 'env:\n  URL: https://image.adobe.io/sensei/cutout\n');
    const { data } = await json(['--fail-on', 'info']);
    expect(
      data.findings.map((f: { path: string; line: number; rule: string }) => `${f.path}:${f.line}:${f.rule}`),
    ).toEqual(['.env:1:RB307', '.env:2:RB306', '.github/workflows/ci.yml:2:RB306']);
  });

  it('never drops an explicitly named file, even when ignored', async () => {
    repo.write('.gitignore', 'ignored/\n');
    repo.write('ignored/a.ts', V1);
    const { data } = await json(['ignored/a.ts']);
    expect(data.findings.map((f: { path: string }) => f.path)).toEqual(['ignored/a.ts']);
  });

  it('shards split the files deterministically and completely', async () => {
    for (let i = 0; i < 30; i++) repo.write(`src/f${i}.ts`, V1);
    const paths: string[][] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const { data } = await json(['--shard', shard]);
      paths.push(data.findings.map((f: { path: string }) => f.path));
    }
    const all = paths.flat().sort();
    expect(all).toHaveLength(30);
    expect(new Set(all).size).toBe(30);
    expect(paths.every((p) => p.length > 0)).toBe(true);
    const again = await json(['--shard', '2/3']);
    expect(again.data.findings.map((f: { path: string }) => f.path)).toEqual(paths[1]);
  });
});

describe('workers', () => {
  it('--workers 2 (parses on a worker thread) reports exactly what --workers 1 (in-band) reports', async () => {
    cpSync(FIXTURES, repo.dir, { recursive: true });
    // Enough JS/TS candidates that several are in flight on the worker while the main thread reads.
    for (let i = 0; i < 40; i++) repo.write(`gen/f${i}.ts`, i % 2 ? V1 : `// ${i}\n${V1}`);
    repo.commit();
    const inBand = await json(['--workers', '1']);
    const pooled = await json(['--workers', '2', '--verbose']);
    expect(pooled.stderr).toContain('files planned on 1 worker thread (0 lost)');
    expect(inBand.code).toBe(1);
    expect(pooled.code).toBe(1);
    expect(pooled.data.findings.length).toBeGreaterThan(40);
    expect(pooled.data).toEqual(inBand.data);
    expect((await check(['--workers', '0'])).code).toBe(2);
    expect((await check(['--workers', '1.5'])).code).toBe(2);
  });
});

describe('suppressions', () => {
  it('a reasoned suppression hides the finding; a bare one is reported as RB308', async () => {
    repo.write(
      'src/a.ts',
      [
        `// rb-migrate-ignore RB300: docs example kept on purpose`,
        `export const A = '/sensei/cutout';`,
        `export const B = '/sensei/mask'; // rb-migrate-ignore RB300`,
        `export const C = '/sensei/mask'; // rb-migrate-ignore RB306: wrong rule`,
        ``,
      ].join('\n'),
    );
    const { data } = await json();
    expect(data.findings.map((f: { line: number; rule: string }) => `${f.line}:${f.rule}`)).toEqual([
      '3:RB308',
      '4:RB300',
    ]);
    expect(data.totals.suppressed).toBe(2);
  });

  it('works in non-JS files', async () => {
    repo.write(
      'run.sh',
      'curl https://image.adobe.io/sensei/mask # rb-migrate-ignore RB230: archived script\n',
    );
    const { data, code } = await json();
    expect(data.findings).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('bad input', () => {
  it('skips binary files, streams huge files, reads CRLF/BOM/non-UTF-8 text', async () => {
    repo.write(
      'img.png',
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), Buffer.from('/sensei/cutout')]),
    );
    const big = 'x'.repeat(100) + '\n';
    repo.write('big.js', `${big.repeat(200_000)}const u = 'https://image.adobe.io/sensei/mask';\n`);
    repo.write('crlf.ts', `\uFEFF// header\r\nconst a = 1;\r\nexport const U = '/sensei/cutout';\r\n`);
    repo.write(
      'latin1.py',
      Buffer.concat([
        Buffer.from('# caf'),
        Buffer.from([0xe9]),
        Buffer.from('\nURL = "https://image.adobe.io/sensei/cutout"\n'),
      ]),
    );
    const { data } = await json(['--verbose']);
    const at = data.findings.map(
      (f: { path: string; line: number; column: number; rule: string }) =>
        `${f.path}:${f.line}:${f.column}:${f.rule}`,
    );
    expect(at).toEqual(['big.js:200001:35:RB300', 'crlf.ts:3:20:RB300', 'latin1.py:2:31:RB306']);
    expect(data.skipped).toContainEqual({ path: 'img.png', reason: 'binary file' });
  });

  it('never follows symlink loops or links out of the root', async () => {
    const outside = join(tmpdir(), `rb-outside-${process.pid}-${Date.now()}.ts`);
    writeFileSync(outside, V1);
    mkdirSync(join(repo.dir, 'loop'));
    symlinkSync(join(repo.dir, 'loop'), join(repo.dir, 'loop', 'self'));
    symlinkSync(outside, join(repo.dir, 'outside.ts'));
    symlinkSync(join(repo.dir, 'nowhere'), join(repo.dir, 'dangling.ts'));
    repo.write('src/a.ts', CLEAN);
    const { data, code } = await json();
    expect(code).toBe(0);
    expect(data.findings).toEqual([]);
    const reasons = Object.fromEntries(
      data.skipped.map((s: { path: string; reason: string }) => [s.path, s.reason]),
    );
    expect(reasons['outside.ts']).toMatch(/outside the root/);
    expect(reasons['dangling.ts']).toMatch(/cannot be resolved/);
    const named = await json(['outside.ts']);
    expect(named.data.findings).toEqual([]);
    expect(named.data.skipped).toContainEqual({
      path: 'outside.ts',
      reason: 'symbolic link pointing outside the root; not followed',
    });
  });

  it('reports unreadable files and directories instead of crashing (as root, the CLI runs as nobody)', async (ctx) => {
    if (process.getuid?.() === 0) {
      // Root reads mode-000 files, so the CLI runs as nobody; that needs nobody to be able to run it at all.
      const probe = spawnSync(process.execPath, [CLI, '--version'], { uid: 65534, gid: 65534 });
      if (probe.status !== 0) ctx.skip();
    }
    const file = repo.write('secret.ts', V1);
    repo.write('private/inner.ts', V1);
    repo.write('src/ok.ts', V1);
    chmodSync(file, 0);
    chmodSync(join(repo.dir, 'private'), 0);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      // Root reads mode-000 files, so drop to nobody (65534) for the run; it needs to reach the tree.
      for (const dir of [repo.dir, join(repo.dir, 'src')]) chmodSync(dir, 0o755);
      chmodSync(join(repo.dir, 'src', 'ok.ts'), 0o644);
    }
    const run = await new Promise<{ code: number | null; stderr: string; stdout: string }>(
      (resolve, reject) => {
        const child = spawn(process.execPath, [CLI, 'check', '--format', 'json', '--verbose'], {
          cwd: repo.dir,
          env: { ...process.env, FORCE_COLOR: '0', HOME: repo.dir },
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d));
        child.stderr.on('data', (d: Buffer) => (stderr += d));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      },
    );
    // Restore permissions so cleanup works when the tests do not run as root.
    chmodSync(join(repo.dir, 'private'), 0o755);
    chmodSync(file, 0o644);
    const data = JSON.parse(run.stdout);
    expect(data.skipped).toContainEqual({ path: 'secret.ts', reason: 'cannot read (EACCES)' });
    expect(data.skipped).toContainEqual({ path: 'private', reason: 'cannot read directory (EACCES)' });
    expect(data.findings.map((f: { path: string }) => f.path)).toEqual(['src/ok.ts']);
    expect(run.code).toBe(1);
  });
});

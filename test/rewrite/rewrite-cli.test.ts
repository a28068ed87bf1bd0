import { lstatSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from '@babel/parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { SUBMIT_AND_POLL } from '../helpers/submit-and-poll.ts';
import { FIXTURES_DIR } from '../codemod/fixture-pairs.ts';

const FETCH_V1 = `export async function cut(token: string, inputUrl: string, outputUrl: string) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${token}\` },
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external' },
    }),
  });
  const job = await res.json();
  return job._links.self.href;
}
`;
const STATUS_ONLY = `export const statusUrl = (id: string) => 'https://image.adobe.io/sensei/status/' + id;\n`;
const SDK_CLEAN = readFileSync(join(FIXTURES_DIR, 'sdk-aio/class-member.input.js'), 'utf8');
const SDK_CLEAN_MIGRATED = readFileSync(join(FIXTURES_DIR, 'sdk-aio/class-member.output.js'), 'utf8');
const UNRELATED = `export const add = (a: number, b: number) => a + b;\n`;

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

const rewrite = (args: string[] = [], cwd = repo.dir) => runCli(['rewrite', ...args], { cwd });
const read = (path: string) => readFileSync(join(repo.dir, path), 'utf8');

/** A V1 body a shell curl sends: its output is written to a fixed URL, so rewrite leaves an RB110 trace. */
const SHELL_BODY = JSON.stringify({
  input: { href: 'https://b.s3.amazonaws.com/in.jpg', storage: 'external' },
  output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external' },
});

describe('rewrite: JS/TS through the codemod', () => {
  it('migrates, leaves a coded TODO (exit 1), and a second run changes nothing', async () => {
    repo.write('src/api.ts', FETCH_V1);
    repo.write('src/math.ts', UNRELATED);
    repo.commit();
    const run = await rewrite();
    expect(run.code).toBe(1);
    const out = read('src/api.ts');
    expect(out).toContain("fetch('https://image.adobe.io/v2/remove-background'");
    expect(out).toContain('image: { source: { url: inputUrl } }');
    expect(out).toContain('return job.statusUrl;');
    expect(out).toMatch(/\/\* rb-migrate RB110: /);
    expect(read('src/math.ts')).toBe(UNRELATED);
    expect(run.stdout).toMatch(/changed src\/api\.ts \(1 TODOs\)/);
    expect(run.stderr).toMatch(/scanned 2 files: 1 changed, 1 unchanged, 0 skipped, 0 failed; 1 TODOs left/);
    repo.commit('migrated');
    const again = await rewrite();
    expect(read('src/api.ts')).toBe(out);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/0 changed/);
  });

  it('exit 0 when everything migrates without TODOs', async () => {
    // A V1 SDK client moved to the runtime client (runV1 keeps V1 semantics): no TODO left.
    repo.write('src/images.js', SDK_CLEAN);
    repo.commit();
    const run = await rewrite();
    expect(run.code).toBe(0);
    expect(read('src/images.js')).toBe(SDK_CLEAN_MIGRATED);
  });

  it('leaves a status poll with no submission beside it V1 (RB260), exit 1', async () => {
    repo.write('src/status.ts', STATUS_ONLY);
    repo.commit();
    const run = await rewrite();
    expect(run.code).toBe(1);
    expect(read('src/status.ts')).toMatch(
      /rb-migrate RB260: [^\n]*\n.*'https:\/\/image\.adobe\.io\/sensei\/status\/' \+ id/,
    );
  });

  it('says clearly when there is nothing to migrate, with the number of files scanned', async () => {
    repo.write('src/a.ts', UNRELATED);
    repo.write('src/b.ts', UNRELATED);
    repo.commit();
    const run = await rewrite();
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/nothing to migrate: scanned 2 files, none uses the V1 Remove Background API/);
  });

  it('never says nothing uses V1 when a file of a kind it cannot rewrite names V1 (YAML, .env): listed, exit 1', async () => {
    const workflow = `jobs:\n  cut:\n    steps:\n      - run: curl -X POST https://image.adobe.io/sensei/cutout -d @body.json\n`;
    repo.write('.github/workflows/cutout.yml', workflow);
    repo.write('.env', 'CUTOUT_URL=https://image.adobe.io/sensei/cutout\n');
    repo.write('notes.yml', 'title: background removal\n');
    repo.write('src/a.ts', UNRELATED);
    repo.commit();
    const run = await rewrite(['--format', 'json']);
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/nothing to migrate/);
    expect(run.stderr).toMatch(
      /2 files of a kind rewrite does not change name V1 .*: \.env, \.github\/workflows\/cutout\.yml/,
    );
    const report = JSON.parse(run.stdout) as { files: { path: string; status: string; reason?: string }[] };
    expect(report.files.filter((f) => /names a V1/.test(f.reason ?? '')).map((f) => f.path)).toEqual([
      '.env',
      '.github/workflows/cutout.yml',
    ]);
    expect(read('.github/workflows/cutout.yml')).toBe(workflow);
  });

  it('a repository whose only V1 use is in a file no rewriter handles: exit 1, not a usage error', async () => {
    repo.write('index.html', `<script>fetch('https://image.adobe.io/sensei/cutout')</script>\n`);
    repo.commit();
    const run = await rewrite();
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/1 file of a kind rewrite does not change names V1 .*: index\.html/);
  });

  it('reports an unparsable file, leaves it untouched, and migrates the others', async () => {
    const broken = `export const x = (;\nconst u = '/sensei/cutout';\n`;
    repo.write('src/broken.ts', broken);
    repo.write('src/status.ts', SUBMIT_AND_POLL);
    repo.commit();
    const run = await rewrite(['--format', 'json']);
    expect(run.code).toBe(1);
    const data = JSON.parse(run.stdout);
    expect(data.files.find((f: { path: string }) => f.path === 'src/broken.ts')).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/cannot parse/),
    });
    expect(read('src/broken.ts')).toBe(broken);
    expect(read('src/status.ts')).toContain('/v2/status/');
  });

  it('resolves constants imported from another module of the project', async () => {
    repo.write('src/config.ts', `export const CUTOUT_URL = 'https://image.adobe.io/sensei/cutout';\n`);
    repo.write(
      'src/api.ts',
      FETCH_V1.replace("'https://image.adobe.io/sensei/cutout'", 'CUTOUT_URL').replace(
        /^/,
        "import { CUTOUT_URL } from './config';\n",
      ),
    );
    repo.commit();
    await rewrite();
    expect(read('src/config.ts')).toContain('/v2/remove-background');
    expect(read('src/api.ts')).toContain('image: { source: { url: inputUrl } }');
  });
});

describe('rewrite: modes and output', () => {
  beforeEach(() => {
    repo.write('src/api.ts', FETCH_V1);
    repo.write(
      'docs/run.sh',
      `curl https://image.adobe.io/sensei/cutout -H 'Content-Type: application/json' -d '${SHELL_BODY}'\n`,
    );
    repo.commit();
  });

  it('--dry writes nothing; --diff prints a unified diff', async () => {
    const run = await rewrite(['--dry', '--diff']);
    expect(run.code).toBe(1);
    expect(read('src/api.ts')).toBe(FETCH_V1);
    expect(run.stdout).toContain('--- a/src/api.ts');
    expect(run.stdout).toContain("-  const res = await fetch('https://image.adobe.io/sensei/cutout', {");
    expect(run.stdout).toContain(
      "+curl https://image.adobe.io/v2/remove-background -H 'Content-Type: application/json' -d '{",
    );
    expect(run.stderr).toMatch(/--dry: nothing written/);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('--format json has the documented summary shape', async () => {
    const run = await rewrite(['--format', 'json', '--dry']);
    const data = JSON.parse(run.stdout);
    expect(data.totals).toEqual({
      files: 2,
      changed: 2,
      unchanged: 0,
      skipped: 0,
      failed: 0,
      todos: 2,
      unrewritable: 0,
    });
    const api = data.files.find((f: { path: string }) => f.path === 'src/api.ts');
    expect(api).toMatchObject({
      status: 'changed',
      todos: [{ line: expect.any(Number), code: 'RB110', message: expect.any(String) }],
    });
    expect(Object.keys(api.todos[0]).sort()).toEqual(['code', 'line', 'message']);
  });

  it('refuses to write when a file it would write has uncommitted changes (exit 2) unless --allow-dirty', async () => {
    repo.write('src/api.ts', `${FETCH_V1}// work in progress\n`);
    const refused = await rewrite();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /could not give back:\n {2}src\/api\.ts \(modified\)\n[\s\S]*--allow-dirty/,
    );
    expect(read('src/api.ts')).toBe(`${FETCH_V1}// work in progress\n`);
    expect(read('docs/run.sh')).toContain('/sensei/cutout');
    expect((await rewrite(['--dry'])).code).toBe(1);
    const allowed = await rewrite(['--allow-dirty']);
    expect(allowed.code).toBe(1);
    expect(read('src/api.ts')).toContain('/v2/remove-background');
    expect(read('src/api.ts')).toContain('// work in progress');
  });

  it('usage errors exit 2', async () => {
    expect((await rewrite(['missing-dir'])).code).toBe(2);
    expect((await rewrite(['--workers', '0'])).code).toBe(2);
    expect((await rewrite(['--shard', 'x'])).code).toBe(2);
    expect((await rewrite(['--prettier', 'maybe'])).code).toBe(2);
    const help = await runCli(['rewrite', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*--allow-dirty/);
  });
});

describe('rewrite: files keep their shape', () => {
  it('keeps CRLF, BOM and file mode; writes atomically (no temp files left)', async () => {
    const crlf = `\uFEFF${SUBMIT_AND_POLL.replace(/\n/g, '\r\n')}// tail\r\n`;
    const file = repo.write('src/win.ts', crlf);
    repo.write('bin/run.sh', `#!/bin/sh\ncurl https://image.adobe.io/sensei/cutout -d '${SHELL_BODY}'\n`);
    const { chmodSync } = await import('node:fs');
    chmodSync(join(repo.dir, 'bin/run.sh'), 0o755);
    repo.commit();
    await rewrite();
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toContain('/v2/status/');
    // one line more: the RB110 TODO above the submission
    expect(text.split('\r\n')).toHaveLength(crlf.split('\r\n').length + 1);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(statSync(join(repo.dir, 'bin/run.sh')).mode & 0o777).toBe(0o755);
    expect(read('bin/run.sh')).toContain('/v2/remove-background');
    const leftovers = readdirSync(join(repo.dir, 'src')).filter((n) => n.startsWith('.rb-tmp-'));
    expect(leftovers).toEqual([]);
  });

  it('skips binary, huge, non-UTF-8 files and symlinks out of the root, never touching them', async () => {
    const outside = join(tmpdir(), `rb-outside-${process.pid}-${Date.now()}.ts`);
    writeFileSync(outside, STATUS_ONLY);
    symlinkSync(outside, join(repo.dir, 'link.ts'));
    const binary = Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from('/sensei/cutout')]);
    repo.write('bin.js', binary);
    const huge = `${'// filler line to make the file large\n'.repeat(560_000)}const u = '/sensei/cutout';\n`;
    repo.write('huge.js', huge);
    const latin1 = Buffer.concat([
      Buffer.from('// caf'),
      Buffer.from([0xe9]),
      Buffer.from("\nconst u = '/sensei/cutout';\n"),
    ]);
    repo.write('latin1.js', latin1);
    repo.commit();
    const run = await rewrite(['--format', 'json']);
    const data = JSON.parse(run.stdout);
    const byPath = Object.fromEntries(data.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath['bin.js']).toMatchObject({ status: 'skipped', reason: 'binary file' });
    expect(byPath['huge.js']).toMatchObject({ status: 'failed', error: expect.stringMatching(/too large/) });
    expect(byPath['latin1.js']).toMatchObject({ status: 'skipped', reason: expect.stringMatching(/UTF-8/) });
    expect(byPath['link.ts']).toMatchObject({
      status: 'skipped',
      reason: expect.stringMatching(/outside the root/),
    });
    expect(run.code).toBe(1);
    expect(readFileSync(join(repo.dir, 'bin.js'))).toEqual(binary);
    expect(read('huge.js')).toBe(huge);
    expect(readFileSync(join(repo.dir, 'latin1.js'))).toEqual(latin1);
    expect(readFileSync(outside, 'utf8')).toBe(STATUS_ONLY);
    expect(lstatSync(join(repo.dir, 'link.ts')).isSymbolicLink()).toBe(true);
  });
});

describe('rewrite: sharding and workers', () => {
  const makeTree = (r: TempRepo, n: number) => {
    for (let i = 0; i < n; i++)
      r.write(`pkg${i % 5}/f${i}.ts`, i % 2 ? SUBMIT_AND_POLL : FETCH_V1.replace('cut(', `cut${i}(`));
    for (let i = 0; i < 20; i++) r.write(`pkg${i % 5}/plain${i}.ts`, UNRELATED);
    r.commit();
  };

  it('--shard splits the files into disjoint, complete, deterministic parts', async () => {
    makeTree(repo, 30);
    const changed: string[][] = [];
    for (const shard of ['1/2', '2/2']) {
      const run = await rewrite(['--dry', '--format', 'json', '--shard', shard]);
      changed.push(
        JSON.parse(run.stdout)
          .files.filter((f: { status: string }) => f.status === 'changed')
          .map((f: { path: string }) => f.path),
      );
    }
    expect(changed[0]!.length + changed[1]!.length).toBe(30);
    expect(new Set([...changed[0]!, ...changed[1]!]).size).toBe(30);
    expect(changed.every((c) => c.length > 0)).toBe(true);
  });

  it('--workers 2 gives byte-identical results to --workers 1 and every output parses', async () => {
    makeTree(repo, 20);
    const other = createTempRepo();
    try {
      makeTree(other, 20);
      const a = await rewrite(['--workers', '2', '--format', 'json']);
      const b = await rewrite(['--workers', '1', '--format', 'json'], other.dir);
      expect(JSON.parse(a.stdout).totals).toEqual(JSON.parse(b.stdout).totals);
      for (let i = 0; i < 20; i++) {
        const path = `pkg${i % 5}/f${i}.ts`;
        const mine = read(path);
        expect(mine).toBe(readFileSync(join(other.dir, path), 'utf8'));
        expect(mine).not.toContain('/sensei/');
        expect(() => parse(mine, { sourceType: 'module', plugins: ['typescript'] })).not.toThrow();
      }
    } finally {
      other.cleanup();
    }
  });
});

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const body = {
  input: { href: 'https://b.s3.amazonaws.com/in.jpg', storage: 'external' },
  output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external', mask: { format: 'soft' } },
};
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rb-translate-'));
  await writeFile(join(dir, 'body.json'), JSON.stringify(body));
  await writeFile(
    join(dir, 'adobe.json'),
    JSON.stringify({ ...body, input: { href: '/files/a.png', storage: 'adobe' } }),
  );
  await writeFile(join(dir, 'broken.json'), '{\n  "input": {\n    "href": "x",\n  }\n}');
});

describe('rb-migrate translate', () => {
  it('reads a file, prints the V2 body on stdout and diagnostics on stderr (exit 0)', async () => {
    const r = await runCli(['translate', join(dir, 'body.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      image: { source: { url: body.input.href } },
      mode: 'cutout',
      output: { mediaType: 'image/png' },
    });
    expect(r.stderr).toContain('warning RB110 output.href: V2 does not upload');
    expect(r.stderr).toMatch(/^info RB103 input\.storage: /m);
  });

  it('reads stdin with - and honours --endpoint mask', async () => {
    const r = await runCli(['translate', '-', '--endpoint', 'mask'], { input: JSON.stringify(body) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).mode).toBe('mask');
  });

  it('reads stdin when no file is given, --format json gives one result object', async () => {
    const r = await runCli(['translate', '--format', 'json'], { input: JSON.stringify(body) });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['request', 'delivery', 'diagnostics']);
    expect(out.delivery).toEqual({ href: body.output.href, storage: 'external' });
    expect(out.diagnostics[0]).toEqual(
      expect.objectContaining({
        code: expect.any(String),
        severity: expect.any(String),
        path: expect.any(String),
        message: expect.any(String),
        hint: expect.any(String),
      }),
    );
    expect(r.stderr).toBe('');
  });

  it('exits 1 on an error diagnostic', async () => {
    const r = await runCli(['translate', join(dir, 'adobe.json')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error RB104 input.storage');
  });

  it('exits 1 on a warning with --strict, 0 without', async () => {
    expect((await runCli(['translate', '--strict', join(dir, 'body.json')])).code).toBe(1);
    expect((await runCli(['translate', join(dir, 'body.json')])).code).toBe(0);
  });

  it('passes V2 additions through', async () => {
    const r = await runCli([
      'translate',
      '--media-type',
      'image/webp',
      '--trim',
      '--background-color',
      '255,255,255,1',
      '--color-decontamination',
      '0.5',
      join(dir, 'body.json'),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      output: { mediaType: 'image/webp' },
      trim: true,
      backgroundColor: { red: 255, green: 255, blue: 255, alpha: 1 },
      colorDecontamination: 0.5,
    });
  });

  it('exits 2 with line and column on invalid JSON', async () => {
    const r = await runCli(['translate', join(dir, 'broken.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.json: invalid JSON at line 4, column \d+/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 naming every invalid JSON path', async () => {
    const r = await runCli(['translate'], {
      input: '{"input":{"href":1},"output":{"href":"x","overwrite":"no"}}',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('input.href:');
    expect(r.stderr).toContain('output.overwrite:');
  });

  it('exits 2 on an unreadable path, a bad flag, a bad choice', async () => {
    const missing = await runCli(['translate', join(dir, 'nope.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file');
    expect((await runCli(['translate', '--nope'], { input: '{}' })).code).toBe(2);
    const choice = await runCli(['translate', '--endpoint', 'psd'], { input: '{}' });
    expect(choice.code).toBe(2);
    expect(choice.stderr).toContain('Invalid values');
    expect(
      (await runCli(['translate', '--background-color', '1,2'], { input: JSON.stringify(body) })).code,
    ).toBe(2);
  });

  it('--jsonl translates every line, reports bad lines with their number and keeps going', async () => {
    const lines = [
      JSON.stringify(body),
      'not json',
      '',
      JSON.stringify({ input: {} }),
      JSON.stringify(body),
    ].join('\n');
    const r = await runCli(['translate', '--jsonl', '--format', 'json'], { input: lines });
    expect(r.code).toBe(2);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.line)).toEqual([1, 2, 4, 5]);
    expect(out[0].request.mode).toBe('cutout');
    expect(out[1].error).toMatch(/stdin:2: invalid JSON/);
    expect(out[2].error).toMatch(/stdin:4: .*input\.href/);
    expect(out[3].request.image.source.url).toBe(body.input.href);
  });

  it('--jsonl text mode prints one compact request per line, diagnostics prefixed with the line', async () => {
    const r = await runCli(['translate', '--jsonl'], {
      input: `${JSON.stringify(body)}\n${JSON.stringify(body)}\n`,
    });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('stdin:2: warning RB110');
  });

  it('documents exit codes and examples in --help', async () => {
    const r = await runCli(['translate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exit codes:');
    expect(r.stdout).toContain('--jsonl');
    expect(r.stdout).toContain('Examples:');
  });

  it('prints engine versions with --version and errors without a command', async () => {
    const v = await runCli(['--version']);
    expect(v.stdout).toMatch(/^rb-migrate \d+\.\d+\.\d+/);
    expect(v.stdout).toContain('jscodeshift');
    // Prettier: the one rewrite would use, the project's own (here this checkout's), not a bundled one.
    const ours = (
      JSON.parse(readFileSync('node_modules/prettier/package.json', 'utf8')) as { version: string }
    ).version;
    expect(v.stdout).toContain(`prettier ${ours} (this project's; rewrite formats with it)`);
    const bare = mkdtempSync(join(tmpdir(), 'rb-version-'));
    try {
      const elsewhere = await runCli(['--version'], { cwd: bare });
      expect(elsewhere.stdout).toContain('prettier none in this project (rewrite does not format)');
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
    const none = await runCli([]);
    expect(none.code).toBe(2);
  });
});

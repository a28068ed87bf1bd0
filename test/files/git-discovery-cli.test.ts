import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';

const V1 = `export const URL = 'https://image.adobe.io/sensei/cutout';\n`;
/** A minified bundle (one long line) that posts to V1. */
const MINIFIED =
  `!function(){${Array.from({ length: 120 }, (_, i) => `var a${i}=function(b){return b*${i}};`).join('')}fetch("https://image.adobe.io/sensei/cutout",{method:"POST"})}();\n`.repeat(
    3,
  );

let repo: TempRepo;
beforeEach(() => {
  repo = createTempRepo();
});
afterEach(() => repo.cleanup());

interface Report {
  findings: { path: string; rule: string }[];
  skipped: { path: string; reason: string }[];
}
const check = async (args: string[] = []) => {
  const run = await runCli(['check', '--format', 'json', ...args], { cwd: repo.dir });
  return { ...run, data: JSON.parse(run.stdout) as Report };
};
const paths = (r: Report) => [...new Set(r.findings.map((f) => f.path))].sort();

describe('discovery inside a git work tree (git ls-files -co --exclude-standard)', () => {
  it('scans tracked build/, vendor/ and out/ source, skips untracked ignored files and installed dependencies', async () => {
    repo.write('.gitignore', 'build/\nvendor/\nout/\ngen/\n');
    repo.write('src/app.js', V1);
    repo.write('build/app.js', V1);
    repo.write('vendor/lib.js', V1);
    repo.write('out/x.js', V1);
    repo.write('node_modules/@adobe/sdk/index.js', V1);
    repo.git('add', '.gitignore', 'src/app.js');
    // Tracked although ignored: still project source.
    repo.git('add', '-f', 'build/app.js', 'vendor/lib.js', 'node_modules/@adobe/sdk/index.js');
    repo.git('commit', '-q', '-m', 'x');
    repo.write('gen/ignored.js', V1); // untracked and ignored
    repo.write('src/new.js', V1); // untracked, not ignored
    const { code, data } = await check();
    expect(code).toBe(1);
    // out/x.js is untracked and ignored; node_modules is never source, even tracked.
    expect(paths(data)).toEqual(['build/app.js', 'src/app.js', 'src/new.js', 'vendor/lib.js']);
  });

  it('--no-gitignore adds untracked ignored files but never installed dependencies', async () => {
    repo.write('.gitignore', 'gen/\n');
    repo.write('src/app.js', V1);
    repo.write('gen/ignored.js', V1);
    repo.write('build/app.js', V1);
    repo.write('node_modules/pkg/index.js', V1);
    repo.git('add', '.gitignore', 'src/app.js');
    repo.git('add', '-f', 'build/app.js');
    repo.git('commit', '-q', '-m', 'x');
    const { data } = await check(['--no-gitignore']);
    expect(paths(data)).toEqual(['build/app.js', 'gen/ignored.js', 'src/app.js']);
  });

  it('lists the files of a nested repository through its own git, with its own ignore rules', async () => {
    repo.write('src/app.js', V1);
    repo.commit();
    const inner = join(repo.dir, 'packages/inner');
    mkdirSync(inner, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: inner });
    writeFileSync(join(inner, '.gitignore'), 'tmp/\n');
    mkdirSync(join(inner, 'tmp'));
    mkdirSync(join(inner, 'lib'));
    writeFileSync(join(inner, 'lib/a.js'), V1);
    writeFileSync(join(inner, 'tmp/b.js'), V1);
    const { data } = await check();
    expect(paths(data)).toEqual(['packages/inner/lib/a.js', 'src/app.js']);
  });

  it('a tracked minified file using V1: check reports RB330 and rewrite leaves it with the same reason', async () => {
    repo.write('public/app.min.js', MINIFIED);
    repo.write('public/clean.min.js', MINIFIED.replace(/sensei\/cutout/g, 'v2/remove-background'));
    repo.commit();
    const { code, data } = await check();
    expect(code).toBe(1);
    expect(data.findings.map((f) => `${f.path} ${f.rule}`)).toEqual(['public/app.min.js RB330']);
    const rewrite = await runCli(['rewrite', '--format', 'json'], { cwd: repo.dir });
    expect(rewrite.code).toBe(1);
    expect(rewrite.stderr).not.toContain('none uses the V1');
    const out = JSON.parse(rewrite.stdout) as {
      files: { path: string; status: string; todos: { code: string }[] }[];
    };
    const minified = out.files.find((f) => f.path === 'public/app.min.js')!;
    expect(minified.status).toBe('unchanged');
    expect(minified.todos.map((t) => t.code)).toEqual(['RB330']);
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('--shard splits the git file list deterministically: the shards partition the findings', async () => {
    for (let i = 0; i < 12; i++) repo.write(`build/f${i}.js`, V1);
    repo.commit();
    const whole = paths((await check()).data);
    const one = paths((await check(['--shard', '1/2'])).data);
    const two = paths((await check(['--shard', '2/2'])).data);
    expect(whole).toHaveLength(12);
    expect([...one, ...two].sort()).toEqual(whole);
    expect(paths((await check(['--shard', '1/2'])).data)).toEqual(one);
  });
});

describe('discovery outside git keeps the walker', () => {
  it('skips build/, vendor/ and node_modules, honours .gitignore', async () => {
    const plain = createTempRepo({ git: false });
    try {
      plain.write('.gitignore', 'gen/\n');
      plain.write('src/app.js', V1);
      plain.write('build/app.js', V1);
      plain.write('gen/x.js', V1);
      plain.write('node_modules/p/index.js', V1);
      const run = await runCli(['check', '--format', 'json'], { cwd: plain.dir });
      expect(paths(JSON.parse(run.stdout) as Report)).toEqual(['src/app.js']);
    } finally {
      plain.cleanup();
    }
  });
});

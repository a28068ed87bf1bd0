import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTempRepo, type TempRepo } from '../cli/temp-repo.ts';
import { CLI } from '../helpers/run-cli.ts';

// pre-commit's Python package index is out of reach here, and installing the hook environment means a full
// `npm install` of this package from the npm registry (minutes), so the test runs the hook the way pre-commit
// does: `language: node` installs this package, which puts its `bin` on PATH; the `entry` is split like a
// shell command line, `args` follow, then the staged file names (pass_filenames). Verified by hand once with
// Debian's pre-commit 3.0.4 on the system Node (install, then Passed on a clean file, Failed on a V1 one).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as {
  id: string;
  entry: string;
  language: string;
  pass_filenames?: boolean;
  types?: string[];
}[];
const hook = hooks.find((h) => h.id === 'rb-migrate-check')!;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

let repo: TempRepo;
let bin: string;
beforeEach(() => {
  repo = createTempRepo();
  bin = mkdtempSync(join(tmpdir(), 'rb-hook-bin-'));
  // What the global install of the package provides: its bin, by name.
  symlinkSync(CLI, join(bin, Object.keys(pkg.bin)[0]!));
});
afterEach(() => {
  repo.cleanup();
  rmSync(bin, { recursive: true, force: true });
});

function runHook(args: string[] = []) {
  const staged = repo
    .git('diff', '--cached', '--name-only', '--diff-filter=ACMR')
    .split('\n')
    .filter(Boolean);
  const [command, ...entryArgs] = hook.entry.split(/\s+/);
  const result = spawnSync(command!, [...entryArgs, ...args, ...staged], {
    cwd: repo.dir,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', PATH: `${bin}${delimiter}${process.env.PATH}` },
  });
  return { code: result.status, out: result.stdout + result.stderr, staged };
}

describe('.pre-commit-hooks.yaml', () => {
  it('declares a node hook whose entry is the package bin, with the staged file names passed', () => {
    expect(hook).toMatchObject({ language: 'node', pass_filenames: true, types: ['text'] });
    expect(Object.keys(pkg.bin)).toContain(hook.entry.split(/\s+/)[0]);
    expect(hook.entry.split(/\s+/)[1]).toBe('check');
  });

  it('keeps `npm pack` stdout to the tarball name (pre-commit before 4.6.1 installs the hook from it)', () => {
    // Verified by hand with pre-commit 3.0.4 from Debian: without this, npm prints the `prepare` (build)
    // banners and output on stdout and pre-commit fails to find the tarball.
    expect(readFileSync(join(ROOT, '.npmrc'), 'utf8')).toMatch(/^foreground-scripts=false$/m);
  });

  it('fails on a staged file with V1 usage and names only staged files', () => {
    repo.write('src/old.ts', `export const A = 'https://image.adobe.io/sensei/cutout';\n`);
    repo.commit('already there');
    repo.write('src/new.ts', `export const B = '/sensei/mask';\n`);
    repo.write('src/clean.ts', `export const C = 1;\n`);
    repo.git('add', 'src/new.ts', 'src/clean.ts');
    const r = runHook();
    expect(r.staged).toEqual(['src/clean.ts', 'src/new.ts']);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/src\/new\.ts\n\s+1:\d+\s+error\s+RB300/);
    expect(r.out).not.toContain('src/old.ts');
    expect(r.out).toMatch(/2 files scanned/);
  });

  it('passes when the staged files are clean, and honours args', () => {
    repo.write('src/clean.ts', `export const C = 'https://image.adobe.io/v2/remove-background';\n`);
    repo.write('docs/notes.md', 'was https://image.adobe.io/sensei/mask\n');
    repo.git('add', 'src/clean.ts');
    expect(runHook().code).toBe(0);
    repo.git('add', 'docs/notes.md');
    expect(runHook().code).toBe(1);
    expect(runHook(['--fail-on', 'error']).code).toBe(0);
  });
});

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from './fixture-pairs.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', 'jscodeshift', 'bin', 'jscodeshift.js');
const TRANSFORM = join(ROOT, 'transforms', 'remove-background-v2.ts');

/** Fixture → name in the temp project (the `.input` infix dropped so the extension picks the parser). */
const CASES = [
  ['endpoint-literal/fetch-cutout', 'js'],
  ['jsx/hook', 'tsx'],
  ['endpoint-literal/crlf-tabs-double-quotes', 'cjs'],
  ['negative/already-v2', 'ts'],
] as const;

describe('the real jscodeshift CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rb-migrate-jscodeshift-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs transforms/remove-background-v2.ts (TypeScript, .ts imports) and writes the expected files', () => {
    const files = CASES.map(([name, ext]) => {
      const target = join(dir, `${name.replace('/', '-')}.${ext}`);
      copyFileSync(join(FIXTURES_DIR, `${name}.input.${ext}`), target);
      return target;
    });
    const stdout = execFileSync(process.execPath, [BIN, '-t', TRANSFORM, ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    CASES.forEach(([name, ext], i) => {
      expect(readFileSync(files[i]!, 'utf8'), name).toBe(
        readFileSync(join(FIXTURES_DIR, `${name}.output.${ext}`), 'utf8'),
      );
    });
    expect(stdout).toMatch(/REP .*fetch-cutout\.js:\d+ RB110: /);
    expect(stdout).toMatch(/0 errors/);
    expect(stdout).toMatch(/3 ok/);
    // already-v2 has no candidate: the transform returns undefined and jscodeshift counts it as skipped.
    expect(stdout).toMatch(/1 skipped/);
  });

  it('--strategy=compat makes the same edits as `rewrite --strategy compat` on the compat fixtures', () => {
    const compat = readdirSync(join(FIXTURES_DIR, 'compat')).filter((f) => f.includes('.input.'));
    expect(compat.length).toBeGreaterThanOrEqual(6);
    const files = compat.map((name) => {
      const target = join(dir, `compat-${name.replace('.input.', '.')}`);
      copyFileSync(join(FIXTURES_DIR, 'compat', name), target);
      return target;
    });
    const stdout = execFileSync(process.execPath, [BIN, '-t', TRANSFORM, '--strategy=compat', ...files], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    compat.forEach((name, i) => {
      expect(readFileSync(files[i]!, 'utf8'), name).toBe(
        readFileSync(join(FIXTURES_DIR, 'compat', name.replace('.input.', '.output.')), 'utf8'),
      );
    });
    expect(stdout).toMatch(/REP .*literal-proxy-host\.js:\d+ RB244: /);
    expect(stdout).toMatch(/0 errors/);
  });

  it('resolves a constant imported from a sibling module (read from disk)', () => {
    const project = join(dir, 'project');
    mkdirSync(project);
    for (const name of ['config', 'client'])
      copyFileSync(join(FIXTURES_DIR, 'project-cross-file', `${name}.input.ts`), join(project, `${name}.ts`));
    execFileSync(process.execPath, [BIN, '-t', TRANSFORM, join(project, 'client.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(readFileSync(join(project, 'client.ts'), 'utf8')).toBe(
      readFileSync(join(FIXTURES_DIR, 'project-cross-file', 'client.output.ts'), 'utf8'),
    );
  });
});

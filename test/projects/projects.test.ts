import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.ts';
import { makeInputPng } from '../equivalence/make-input-png.ts';
import { runApp } from '../equivalence/run-app.ts';
import { createTempRepo } from '../cli/temp-repo.ts';
import { runCli } from '../helpers/run-cli.ts';
import { changedCodeFiles, fixableFiles, stableFindings, type CheckReport } from './agreement.ts';

/**
 * Acceptance projects (__testfixtures__/projects/<pattern>/): each `input/` tree is copied into a temp git
 * repository and migrated with the real CLI. The tree after `rewrite` must equal `expected/`, the `check`
 * report after it must equal `expected-check.json` (stable fields), and the agreement must hold: the files
 * check called fixable before are exactly the files rewrite changed, and nothing is fixable after (a second
 * rewrite changes nothing). TypeScript projects type-check before and after; projects with a `run.json`
 * run against the emulator before and after. An optional `args.json` (`{"rewrite": [...], "check": [...]}`)
 * adds flags to both rewrites and to the check after them (`--accept-loss`, `--baseline`). `UPDATE_PROJECTS=1`
 * rewrites the expectations.
 */
const REPO = join(import.meta.dirname, '../..');
const PROJECTS = join(REPO, '__testfixtures__/projects');
const UPDATE = process.env.UPDATE_PROJECTS === '1';
const names = readdirSync(PROJECTS).filter((n) => statSync(join(PROJECTS, n)).isDirectory());

let work: string;
let emulator: Emulator;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rb-projects-'));
  // One node_modules above every copy: the SDKs, typescript and snapshots of the built rb-migrate and runtime.
  mkdirSync(join(work, 'node_modules/rb-migrate'), { recursive: true });
  for (const dep of ['@adobe', 'typescript', '@types'])
    symlinkSync(join(REPO, 'node_modules', dep), join(work, 'node_modules', dep), 'dir');
  cpSync(join(REPO, 'package.json'), join(work, 'node_modules/rb-migrate/package.json'));
  cpSync(join(REPO, 'dist'), join(work, 'node_modules/rb-migrate/dist'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(work, 'node_modules/rb-migrate/node_modules'), 'dir');
  // What migrated code imports: the built rb-migrate-runtime (package.json + dist/).
  const runtime = join(work, 'node_modules/rb-migrate-runtime');
  mkdirSync(runtime);
  cpSync(join(REPO, 'packages/runtime/package.json'), join(runtime, 'package.json'));
  cpSync(join(REPO, 'packages/runtime/dist'), join(runtime, 'dist'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(runtime, 'node_modules'), 'dir');
  emulator = await startEmulator({ latencyMs: 5, rateLimits: false });
  emulator.storage.write('input.png', makeInputPng(), 'image/png');
});
afterAll(async () => {
  await emulator?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name === '.git' || name === 'node_modules') continue;
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out[relative(dir, abs)] = readFileSync(abs, 'utf8');
    }
  };
  walk(dir);
  return out;
}

function typeChecks(dir: string): { ok: boolean; output: string } {
  try {
    execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output: '' };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

describe.each(names)('project %s', (name) => {
  const source = join(PROJECTS, name);
  const extra: { rewrite?: string[]; check?: string[] } = existsSync(join(source, 'args.json'))
    ? JSON.parse(readFileSync(join(source, 'args.json'), 'utf8'))
    : {};
  const acceptsLoss = extra.rewrite?.includes('--accept-loss') ?? false;
  let dir: string;
  let before: CheckReport;
  let after: CheckReport;
  let inputTree: Record<string, string>;
  let outputTree: Record<string, string>;
  let second: Record<string, string>;

  beforeAll(async () => {
    const repo = createTempRepo({ copyFrom: join(source, 'input') });
    dir = join(work, name);
    cpSync(repo.dir, dir, { recursive: true });
    repo.cleanup();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'input');
    inputTree = readTree(dir);
    before = JSON.parse(
      (await runCli(['check', '--format', 'json', '--fail-on', 'error'], { cwd: dir })).stdout,
    );
    const rewrite = await runCli(['rewrite', '--prettier', 'off', ...(extra.rewrite ?? [])], { cwd: dir });
    expect(rewrite.code, rewrite.stderr).not.toBe(2);
    outputTree = readTree(dir);
    after = JSON.parse(
      (await runCli(['check', '--format', 'json', ...(extra.check ?? [])], { cwd: dir })).stdout,
    );
    git('add', '-A');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'migrated', '--allow-empty');
    await runCli(['rewrite', '--prettier', 'off', ...(extra.rewrite ?? [])], { cwd: dir });
    second = readTree(dir);
    if (UPDATE) {
      rmSync(join(source, 'expected'), { recursive: true, force: true });
      for (const [path, text] of Object.entries(outputTree)) {
        mkdirSync(join(source, 'expected', path, '..'), { recursive: true });
        writeFileSync(join(source, 'expected', path), text);
      }
      writeFileSync(
        join(source, 'expected-check.json'),
        `${JSON.stringify(stableFindings(after), null, 2)}\n`,
      );
    }
  });

  it('rewrite produces the expected tree', () => {
    expect(outputTree).toEqual(readTree(join(source, 'expected')));
  });

  it('check after rewrite reports exactly the expected remaining sites and traces', () => {
    const expected = JSON.parse(readFileSync(join(source, 'expected-check.json'), 'utf8'));
    expect(stableFindings(after)).toEqual(expected);
  });

  it('agreement: the files check calls fixable are the files rewrite changes; nothing is fixable after', () => {
    // --accept-loss also migrates the strict-JSON bodies check reported as RB344, and writes the baseline.
    const accepted = acceptsLoss
      ? [...before.findings.filter((f) => f.rule === 'RB344').map((f) => f.path), '.rb-migrate-baseline.json']
      : [];
    expect([...new Set([...fixableFiles(before), ...accepted])].sort()).toEqual(
      changedCodeFiles(inputTree, outputTree),
    );
    expect(fixableFiles(after)).toEqual([]);
    expect(second).toEqual(outputTree);
  });

  it.runIf(existsSync(join(source, 'input/tsconfig.json')))(
    'type-checks after rewrite when the input did',
    () => {
      const input = join(work, `${name}-input`);
      cpSync(join(source, 'input'), input, { recursive: true });
      const was = typeChecks(input);
      expect(was.ok, was.output).toBe(true);
      const now = typeChecks(dir);
      expect(now.ok, now.output).toBe(true);
    },
  );

  it.runIf(existsSync(join(source, 'run.json')))(
    'runs against the emulator after rewrite as it did before',
    async () => {
      const entries = JSON.parse(readFileSync(join(source, 'run.json'), 'utf8')) as string[];
      const input = join(work, `${name}-run`);
      cpSync(join(source, 'input'), input, { recursive: true });
      for (const entry of entries) {
        for (const [cwd, key] of [
          [input, 'v1'],
          [dir, 'v2'],
        ] as const) {
          const env = {
            RB_API_BASE: emulator.url,
            RB_API_KEY: 'example-api-key',
            RB_TOKEN: 'example-token',
            RB_ORG_ID: 'example@AdobeOrg',
            RB_INPUT_URL: emulator.storage.url('input.png', { access: 'read' }),
            RB_OUTPUT_URL: emulator.storage.url(`${name}-${key}-${entry}.png`, { storage: 'external' }),
          };
          const run = await runApp(cwd, entry, env);
          expect(run.status, `${key} ${entry}: ${run.stdout}${run.stderr}`).toBe('succeeded');
        }
      }
    },
  );
});

import { execFileSync } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  mkdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLOOR_TS, installFloorTypescript } from '../helpers/install-floor-typescript.ts';
import { typecheckConsumer } from '../helpers/typecheck-consumer.ts';

// rb-migrate-runtime as a user installs it: `npm pack` of packages/runtime (built by `npm test`), installed
// with npm into an empty project (zod from the npm cache or the registry), then used from TypeScript
// (skipLibCheck: false; ESM and CommonJS under nodenext, and bundler) and from plain Node (ESM, CommonJS,
// and a CommonJS test file the way Jest loads one).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = join(ROOT, 'packages/runtime');
let project: string;
let installed: string[];
let floorTsc: string;

const ESM_TS = `import { toV2, translateUrl, type Diagnostic } from 'rb-migrate-runtime/translate';
import { RULES, type RuleCode } from 'rb-migrate-runtime/mapping';
import { createRemoveBackgroundClient, RemoveBackgroundError, v1Fetch, type RemoveBackgroundClient } from 'rb-migrate-runtime';

const { request, diagnostics } = toV2({ input: { href: 'https://b.s3.amazonaws.com/in.png', storage: 'external' }, output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external' } });
const codes: string[] = diagnostics.map((d: Diagnostic) => d.code);
const mode: string | undefined = request.mode;
const client: RemoveBackgroundClient = createRemoveBackgroundClient({ apiKey: 'k', getToken: async () => 't' });
const first: string = RULES[0]!.code;
const known: RuleCode = 'RB101';
export { codes, mode, client, first, known, translateUrl, RemoveBackgroundError, v1Fetch };
`;
// The same imports from a CommonJS module (what TS1479 refused when the package was ESM-only).
const CJS_TS = ESM_TS.replace(/^export .*$/m, 'export = { codes, mode, client, first, known };');

const ESM_JS = `import { toV2 } from 'rb-migrate-runtime/translate';
import { createRemoveBackgroundClient, RemoveBackgroundError } from 'rb-migrate-runtime';
const { request } = toV2({ input: { href: 'https://b.s3.amazonaws.com/in.png', storage: 'external' }, output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external', mask: { format: 'soft' } } }, { endpoint: 'mask' });
const client = createRemoveBackgroundClient({ apiKey: 'k', getToken: async () => 't' });
console.log(JSON.stringify({ mode: request.mode, client: typeof client.runV1, error: new RemoveBackgroundError('TIMEOUT', 'x') instanceof Error }));
`;
const CJS_JS = `const { toV2 } = require('rb-migrate-runtime/translate');
const runtime = require('rb-migrate-runtime');
const { redactSecrets } = require('rb-migrate-runtime/mapping');
const { request } = toV2({ input: { href: 'https://b.s3.amazonaws.com/in.png', storage: 'external' }, output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external', mask: { format: 'soft' } } }, { endpoint: 'mask' });
console.log(JSON.stringify({ mode: request.mode, client: typeof runtime.createRemoveBackgroundClient, sameRedaction: runtime.redactSecrets === redactSecrets }));
`;
// A Jest test file as Jest runs it: CommonJS, globals describe/it/expect (here a few lines stand in for them).
const JEST_LIKE = `'use strict';
const results = [];
const it = (name, fn) => { try { fn(); results.push('ok ' + name); } catch (e) { results.push('not ok ' + name + ': ' + e.message); process.exitCode = 1; } };
const expect = (v) => ({ toBe: (w) => { if (v !== w) throw new Error(JSON.stringify(v) + ' !== ' + JSON.stringify(w)); } });
const { statusToV1, toV2 } = require('rb-migrate-runtime/translate');
const { isRemoveBackgroundError, RemoveBackgroundError } = require('rb-migrate-runtime');
it('translates a V1 cutout', () => {
  const { request } = toV2({ input: { href: 'https://b.s3.amazonaws.com/in.png', storage: 'external' }, output: { href: 'https://b.s3.amazonaws.com/out.png', storage: 'external' } });
  expect(request.mode).toBe('cutout');
});
it('recognises its errors', () => {
  expect(isRemoveBackgroundError(new RemoveBackgroundError('TIMEOUT', 'x'))).toBe(true);
  expect(typeof statusToV1).toBe('function');
});
console.log(results.join('\\n'));
`;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'rb-runtime-consumer-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], {
      cwd: PACKAGE,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }),
  ) as [{ filename: string }];
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  execFileSync(
    'npm',
    ['install', `./${packed.filename}`, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    { cwd: project, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  installed = Object.keys(
    (
      JSON.parse(readFileSync(join(project, 'node_modules/.package-lock.json'), 'utf8')) as {
        packages: Record<string, unknown>;
      }
    ).packages,
  ).map((p) => p.replace(/^.*node_modules\//, ''));
  // The consumer is a Node project: it has its own @types/node.
  mkdirSync(join(project, 'node_modules/@types'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/@types/node'), join(project, 'node_modules/@types/node'), 'dir');
  writeFileSync(join(project, 'esm.mts'), ESM_TS);
  writeFileSync(join(project, 'cjs.cts'), CJS_TS);
  writeFileSync(join(project, 'esm.mjs'), ESM_JS);
  writeFileSync(join(project, 'cjs.cjs'), CJS_JS);
  writeFileSync(join(project, 'errors.test.cjs'), JEST_LIKE);
  floorTsc = installFloorTypescript(project);
}, 180_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

async function tsc(
  name: string,
  files: string[],
  compilerOptions: Record<string, unknown>,
  compiler?: string,
): Promise<string> {
  const { code, out } = await typecheckConsumer(project, name, files, compilerOptions, compiler);
  return code === 0 ? out : `exit ${code}\n${out}`;
}

function node(file: string): string {
  return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
}

describe('rb-migrate-runtime installed from its tarball into an empty project', () => {
  it('adds at most 3 packages (itself and zod)', () => {
    expect(installed).toContain('rb-migrate-runtime');
    expect(installed).toContain('zod');
    expect(installed.length, installed.join(', ')).toBeLessThanOrEqual(3);
  });

  it('type-checks ESM (.mts) and CommonJS (.cts) consumers under nodenext and node16 (skipLibCheck: false)', async () => {
    const [nodenext, node16] = await Promise.all([
      tsc('nodenext', ['esm.mts', 'cjs.cts'], { module: 'nodenext', moduleResolution: 'nodenext' }),
      tsc('node16', ['esm.mts', 'cjs.cts'], { module: 'node16', moduleResolution: 'node16' }),
    ]);
    expect(nodenext).toBe('');
    expect(node16).toBe('');
  }, 300_000);

  it(`type-checks with TypeScript ${FLOOR_TS} (zod's floor) under nodenext (ESM and CommonJS) and bundler`, async () => {
    expect(execFileSync(process.execPath, [floorTsc, '-v'], { encoding: 'utf8' }).trim()).toBe(
      `Version ${FLOOR_TS}`,
    );
    const [nodenext, bundler] = await Promise.all([
      tsc(
        'floor-nodenext',
        ['esm.mts', 'cjs.cts'],
        { module: 'nodenext', moduleResolution: 'nodenext' },
        floorTsc,
      ),
      tsc('floor-bundler', ['esm.mts'], { module: 'esnext', moduleResolution: 'bundler' }, floorTsc),
    ]);
    expect(nodenext).toBe('');
    expect(bundler).toBe('');
  }, 300_000);

  it('type-checks under moduleResolution bundler', async () => {
    expect(await tsc('bundler', ['esm.mts'], { module: 'esnext', moduleResolution: 'bundler' })).toBe('');
  }, 300_000);

  it('runs from an ES module and from require() (CommonJS)', () => {
    expect(JSON.parse(node('esm.mjs'))).toEqual({ mode: 'mask', client: 'function', error: true });
    expect(JSON.parse(node('cjs.cjs'))).toEqual({ mode: 'mask', client: 'function', sameRedaction: true });
  });

  it('runs in a CommonJS test file the way Jest loads one', () => {
    expect(node('errors.test.cjs').trim().split('\n')).toEqual([
      'ok translates a V1 cutout',
      'ok recognises its errors',
    ]);
  });

  it('ships declarations for both module systems, with .js specifiers only', () => {
    const dist = join(project, 'node_modules/rb-migrate-runtime/dist');
    const declarations = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.d.ts'),
    );
    expect(declarations.filter((f) => f.startsWith('esm/')).length).toBeGreaterThan(20);
    expect(declarations.filter((f) => f.startsWith('cjs/')).length).toBe(
      declarations.filter((f) => f.startsWith('esm/')).length,
    );
    const offenders = declarations.filter((f) =>
      /\bfrom\s+['"]\.{1,2}\/[^'"]+\.ts['"]|import\(['"]\.{1,2}\/[^'"]+\.ts['"]\)/.test(
        readFileSync(join(dist, f), 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});

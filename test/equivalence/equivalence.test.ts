import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator, type EmulatorOptions } from '../../src/emulator/index.ts';
import { makeInputPng } from './make-input-png.ts';
import { readCompatOutcome } from './read-compat-outcome.ts';
import { migrateCopy, type Migration } from './migrate-copy.ts';
import { renderEquivalenceTable, type EquivalenceRow } from './render-equivalence-table.ts';
import { renderCompatRewriteTable, type CompatRewriteRow } from './render-compat-rewrite-table.ts';
import { renderReadmeEquivalence } from './render-readme-equivalence.ts';
import { runApp, type AppRun } from './run-app.ts';

const REPO = join(import.meta.dirname, '../..');
const APPS = join(REPO, 'examples/apps');
const DOC = join(REPO, 'docs/sdk-and-equivalence.md');
const README = join(REPO, 'README.md');

/** What is true for each app after migration (asserted below, and rendered into the docs table). */
const APPS_UNDER_TEST: {
  name: string;
  entry: string;
  style: string;
  equivalent: boolean;
  todoCodes: string[];
}[] = [
  {
    name: 'fetch-poll',
    entry: 'main.mjs',
    style: 'fetch, polls `_links.self.href`',
    equivalent: false,
    todoCodes: ['RB110'],
  },
  {
    name: 'axios-instance',
    entry: 'main.js',
    style: 'axios-like instance, relative `/sensei/mask`',
    equivalent: false,
    todoCodes: ['RB110'],
  },
  {
    name: 'aio-sdk',
    entry: 'main.js',
    style: '`@adobe/aio-lib-photoshop-api` `createCutout`',
    equivalent: true,
    todoCodes: [],
  },
  {
    name: 'photoshop-sdk',
    entry: 'main.mjs',
    style: '`@adobe/photoshop-apis` `removeBackground`',
    equivalent: true,
    todoCodes: [],
  },
  {
    name: 'payload-helper',
    entry: 'main.mjs',
    style: 'payload from a helper, mutated, then fetch',
    equivalent: false,
    todoCodes: ['RB110'],
  },
];

/**
 * The same apps migrated with `rewrite --strategy compat` (V1 code kept, requests through rb-migrate/runtime)
 * and run with the V1 host declared by environment only (RB_MIGRATE_V1_HOSTS): all five must be equivalent
 * with no TODO and nothing reported. `binary-mask` asks for what V2 cannot make: the rewrite leaves its RB120
 * TODO and the layer reports RB120 at run time (strict: the request is refused).
 */
const COMPAT_UNDER_TEST: {
  name: string;
  entry: string;
  style: string;
  strict: boolean;
  equivalent: boolean;
  todoCodes: string[];
  reported: string[];
}[] = [
  ...APPS_UNDER_TEST.map(({ name, entry, style }) => ({
    name,
    entry,
    style,
    strict: false,
    equivalent: true,
    todoCodes: [],
    reported: [],
  })),
  ...[false, true].map((strict) => ({
    name: 'binary-mask',
    entry: 'main.mjs',
    style: 'fetch, `/sensei/mask` with `mask.format: "binary"`',
    strict,
    equivalent: false,
    todoCodes: ['RB120'],
    reported: ['RB120'],
  })),
];

interface CompatRun {
  v1: AppRun;
  compat: AppRun;
  v1Bytes?: Buffer;
  compatBytes?: Buffer;
  jobs: { v1: number; v2: number };
  row: CompatRewriteRow;
}

interface PairRun {
  v1: AppRun;
  v2: AppRun;
  v1Bytes?: Buffer;
  v2Bytes?: Buffer;
  /** Jobs the emulator saw from the migrated run only. */
  migratedJobs: { v1: number; v2: number };
  row: EquivalenceRow;
}

let work: string;
let cli: string;
const emulators: Emulator[] = [];
const prepared = new Map<string, { original: string; migrated: string; migration: Migration }>();
const pairs = new Map<string, PairRun>();
const compatPrepared = new Map<string, { original: string; migrated: string; migration: Migration }>();
const compatRuns = new Map<(typeof COMPAT_UNDER_TEST)[number], CompatRun>();

/** A fresh emulator per scenario (so job counts belong to one app), with the input PNG uploaded. */
async function emulatorFor(options: EmulatorOptions = {}): Promise<Emulator> {
  // Apps run side by side and do not retry 429: the documented POST rate limit is off.
  const emu = await startEmulator({ latencyMs: 20, rateLimits: false, ...options });
  emu.storage.write('input.png', makeInputPng(), 'image/png');
  emulators.push(emu);
  return emu;
}

function env(
  emu: Emulator,
  outputKey: string,
  storage: 'external' | 'azure' | 'dropbox' = 'external',
): Record<string, string> {
  return {
    RB_API_BASE: emu.url,
    RB_API_KEY: 'example-api-key',
    RB_TOKEN: 'example-token',
    RB_ORG_ID: 'example@AdobeOrg',
    RB_INPUT_URL: emu.storage.url('input.png', { access: 'read' }),
    RB_OUTPUT_URL: emu.storage.url(outputKey, { storage }),
    RB_OUTPUT_STORAGE: storage,
  };
}

/**
 * rb-migrate as the migrated apps import it: a snapshot of the built package (package.json + dist/, its
 * dependencies through a node_modules link), so a concurrent `npm run build` cannot pull dist/ away mid-run.
 * Returns the path of its CLI.
 */
function snapshotPackage(target: string): string {
  const entries = ['dist/src/index.js', 'dist/bin/rb-migrate.js', 'dist/src/public/runtime.js'];
  if (!entries.every((e) => existsSync(join(REPO, e)))) {
    throw new Error('test/equivalence needs the built package: run `npm run build` first');
  }
  mkdirSync(target);
  cpSync(join(REPO, 'package.json'), join(target, 'package.json'));
  cpSync(join(REPO, 'dist'), join(target, 'dist'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(target, 'node_modules'), 'dir');
  const missing = entries.filter((e) => !existsSync(join(target, e)));
  if (missing.length > 0)
    throw new Error(`dist/ changed while it was copied (missing ${missing.join(', ')}); run again`);
  return join(target, 'dist/bin/rb-migrate.js');
}

/** rb-migrate-runtime (what migrated code imports): a snapshot of packages/runtime's package.json + dist/. */
function snapshotRuntime(target: string): void {
  const pkg = join(REPO, 'packages/runtime');
  if (
    !existsSync(join(pkg, 'dist/esm/runtime/index.js')) ||
    !existsSync(join(pkg, 'dist/cjs/runtime/index.js'))
  )
    throw new Error('test/equivalence needs the built runtime package: run `npm run build` first');
  mkdirSync(target);
  cpSync(join(pkg, 'package.json'), join(target, 'package.json'));
  cpSync(join(pkg, 'dist'), join(target, 'dist'), { recursive: true });
  symlinkSync(join(REPO, 'node_modules'), join(target, 'node_modules'), 'dir');
}

/** Copies the app twice (original, migrated) into the work dir and migrates the second copy. */
function prepare(
  name: string,
  strategy: 'native' | 'compat' = 'native',
): { original: string; migrated: string; migration: Migration } {
  const original = join(work, name, strategy, 'original');
  const migrated = join(work, name, strategy, 'migrated');
  cpSync(join(APPS, name), original, { recursive: true });
  cpSync(join(APPS, name), migrated, { recursive: true });
  return { original, migrated, migration: migrateCopy(migrated, cli, strategy) };
}

/** The original on V1, then the compat copy with the emulator declared a V1 host by environment only. */
async function runCompat(app: (typeof COMPAT_UNDER_TEST)[number]): Promise<CompatRun> {
  const { original, migrated, migration } = compatPrepared.get(app.name)!;
  const emu = await emulatorFor();
  const v1 = await runApp(original, app.entry, env(emu, 'v1.png'));
  const before = { v1: emu.jobCount('v1'), v2: emu.jobCount('v2') };
  const compat = await runApp(migrated, app.entry, {
    ...env(emu, 'compat.png'),
    RB_MIGRATE_V1_HOSTS: emu.url,
    RB_MIGRATE_TRUSTED_INPUT_HOSTS: '127.0.0.1',
    ...(app.strict ? { RB_MIGRATE_STRICT: '1' } : {}),
  });
  const outcome = readCompatOutcome(emu, before);
  const { v1Bytes, compatBytes, sameBytes } = outcome;
  const todoCodes = [...new Set(migration.todoCodes)];
  const reported = [
    ...new Set([...compat.stderr.matchAll(/rb-migrate compat (RB\d{3})/g)].map((m) => m[1]!)),
  ];
  const describe = (run: AppRun, bytes?: Buffer) =>
    `exit ${run.exitCode}, ${run.status}, ${bytes?.length ?? 0} B written`;
  return {
    v1,
    compat,
    ...outcome,
    row: {
      app: app.name,
      style: app.style,
      via: app.strict ? '`RB_MIGRATE_STRICT=1`' : 'default',
      v1: describe(v1, v1Bytes),
      compat: describe(compat, compatBytes),
      sameBytes,
      todoCodes,
      reported,
      equivalent:
        sameBytes &&
        v1.exitCode === compat.exitCode &&
        v1.status === compat.status &&
        todoCodes.length === 0 &&
        reported.length === 0,
    },
  };
}

/** The README's summary: each app's verdict migrated natively and with `--strategy compat`. */
function renderReadmeTable(): string {
  const verdict = (equivalent: boolean, codes: string[], todo: boolean) =>
    equivalent ? '**yes**' : todo ? `no (${codes.join(', ')} TODO)` : `no, reported (${codes.join(', ')})`;
  const compatOf = (name: string) => [...compatRuns].find(([a]) => a.name === name && !a.strict)![1].row;
  return renderReadmeEquivalence(
    ['`rewrite` (native)', '`rewrite --strategy compat`'],
    [
      ...APPS_UNDER_TEST.map((a) => {
        const native = pairs.get(a.name)!.row;
        const compat = compatOf(a.name);
        return {
          client: `\`${a.name}\``,
          cells: [
            verdict(native.equivalent, native.todoCodes, true),
            verdict(compat.equivalent, [...new Set([...compat.todoCodes, ...compat.reported])], false),
          ],
        };
      }),
      {
        client: '`binary-mask` (V2 has no binary mask)',
        cells: ['–', verdict(false, [...new Set([...compatOf('binary-mask').reported])], false)],
        extra: true,
      },
    ],
  );
}

function replaceBlock(file: string, marker: string, table: string): void {
  const text = readFileSync(file, 'utf8').replace(
    new RegExp(`<!-- ${marker}:start -->[\\s\\S]*<!-- ${marker}:end -->`),
    `<!-- ${marker}:start -->\n\n${table}\n<!-- ${marker}:end -->`,
  );
  writeFileSync(file, text);
}

async function runPair(app: (typeof APPS_UNDER_TEST)[number]): Promise<PairRun> {
  const { original, migrated, migration } = prepared.get(app.name)!;
  const emu = await emulatorFor();
  const v1 = await runApp(original, app.entry, env(emu, 'v1.png'));
  const v1Bytes = emu.storage.read('v1.png');
  const before = { v1: emu.jobCount('v1'), v2: emu.jobCount('v2') };
  const v2 = await runApp(migrated, app.entry, env(emu, 'v2.png'));
  const v2Bytes = emu.storage.read('v2.png');
  const migratedJobs = { v1: emu.jobCount('v1') - before.v1, v2: emu.jobCount('v2') - before.v2 };
  const sameBytes = v1Bytes !== undefined && v2Bytes !== undefined && v1Bytes.equals(v2Bytes);
  const todoCodes = [...new Set(migration.todoCodes)];
  return {
    v1,
    v2,
    v1Bytes,
    v2Bytes,
    migratedJobs,
    row: {
      app: app.name,
      style: app.style,
      v1: `exit ${v1.exitCode}, ${v1.status}, ${v1Bytes?.length ?? 0} B written`,
      v2: `exit ${v2.exitCode}, ${v2.status}, ${v2Bytes?.length ?? 0} B written`,
      sameBytes,
      todoCodes,
      equivalent:
        sameBytes && v1.exitCode === v2.exitCode && v1.status === v2.status && todoCodes.length === 0,
    },
  };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rb-equivalence-'));
  // One node_modules for every copy: the SDKs from this repo, and a snapshot of the built rb-migrate.
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(join(REPO, 'node_modules/@adobe'), join(work, 'node_modules/@adobe'), 'dir');
  cli = snapshotPackage(join(work, 'node_modules/rb-migrate'));
  snapshotRuntime(join(work, 'node_modules/rb-migrate-runtime'));
  for (const app of APPS_UNDER_TEST) prepared.set(app.name, prepare(app.name));
  for (const name of new Set(COMPAT_UNDER_TEST.map((a) => a.name)))
    compatPrepared.set(name, prepare(name, 'compat'));
  // The apps mostly wait (the SDKs poll every 2 s): run the pairs side by side, each on its own emulator.
  const [runs, compat] = await Promise.all([
    Promise.all(APPS_UNDER_TEST.map(runPair)),
    Promise.all(COMPAT_UNDER_TEST.map(runCompat)),
  ]);
  APPS_UNDER_TEST.forEach((app, i) => pairs.set(app.name, runs[i]!));
  COMPAT_UNDER_TEST.forEach((app, i) => compatRuns.set(app, compat[i]!));
  if (process.env.UPDATE_DOCS) {
    replaceBlock(DOC, 'equivalence-table', renderEquivalenceTable(runs.map((r) => r.row)));
    replaceBlock(DOC, 'compat-rewrite-table', renderCompatRewriteTable(compat.map((r) => r.row)));
    replaceBlock(README, 'readme-equivalence-table', renderReadmeTable());
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(emulators.map((e) => e.close()));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('behavioural equivalence of migrated example apps (emulator on 127.0.0.1)', () => {
  for (const app of APPS_UNDER_TEST) {
    describe(app.name, () => {
      it('the original V1 app succeeds against the emulator and writes a PNG to its output', () => {
        const { v1, v1Bytes } = pairs.get(app.name)!;
        expect(v1.stderr).toBe('');
        expect({ exitCode: v1.exitCode, status: v1.status }).toEqual({ exitCode: 0, status: 'succeeded' });
        expect(v1Bytes?.subarray(1, 4).toString()).toBe('PNG');
      });

      it('rb-migrate rewrite alone migrated the copy (an extra SDK-planner pass finds nothing left)', () => {
        const { migration } = prepared.get(app.name)!;
        expect(migration.changed.length).toBeGreaterThan(0);
        expect(migration.sdkPassEdits).toBe(0);
      });

      it('the migrated run submitted one V2 job and no V1 job', () => {
        expect(pairs.get(app.name)!.migratedJobs).toEqual({ v1: 0, v2: 1 });
      });

      it('the migrated app runs against V2 with the same exit code and reported status', () => {
        const { v1, v2 } = pairs.get(app.name)!;
        expect(v2.stderr).toBe('');
        expect({ exitCode: v2.exitCode, status: v2.status }).toEqual({
          exitCode: v1.exitCode,
          status: v1.status,
        });
      });

      it(`leaves exactly these TODO codes: ${app.todoCodes.join(', ') || 'none'}`, () => {
        expect(pairs.get(app.name)!.row.todoCodes.sort()).toEqual([...app.todoCodes].sort());
      });

      it(
        app.equivalent
          ? 'is equivalent: the same bytes arrive at the same storage object'
          : 'is NOT equivalent until its TODO is resolved (nothing is delivered to the old output)',
        () => {
          const { row, v1Bytes, v2Bytes } = pairs.get(app.name)!;
          expect(row.equivalent).toBe(app.equivalent);
          if (app.equivalent) expect(v2Bytes!.equals(v1Bytes!)).toBe(true);
          else
            expect({ todos: row.todoCodes.length > 0, v2Bytes }).toEqual({ todos: true, v2Bytes: undefined });
        },
      );
    });
  }

  it('docs/sdk-and-equivalence.md shows the table these runs produce (UPDATE_DOCS=1 rewrites it)', () => {
    const table = renderEquivalenceTable(APPS_UNDER_TEST.map((a) => pairs.get(a.name)!.row));
    expect(normalize(readFileSync(DOC, 'utf8'))).toContain(normalize(table));
  });
});

// Prettier pads table columns; compare with the padding removed.
const normalize = (text: string) => text.replace(/[ \t]*\|[ \t]*/g, '|').replace(/-{3,}/g, '---');

describe('apps migrated with `rewrite --strategy compat`, V1 host declared by environment only', () => {
  for (const app of COMPAT_UNDER_TEST) {
    describe(`${app.name}${app.strict ? ' (RB_MIGRATE_STRICT=1)' : ''}`, () => {
      it('the compat rewrite changed the copy (through rb-migrate-runtime) and the SDK pass finds nothing left', () => {
        const { migration, migrated } = compatPrepared.get(app.name)!;
        expect(migration.changed.length).toBeGreaterThan(0);
        expect(migration.sdkPassEdits).toBe(0);
        const code = migration.changed.map((f) => readFileSync(join(migrated, f), 'utf8')).join('\n');
        expect(code).toMatch(/rb-migrate-runtime/);
      });

      it(`leaves exactly these TODO codes: ${app.todoCodes.join(', ') || 'none'}`, () => {
        expect(compatRuns.get(app)!.row.todoCodes.sort()).toEqual([...app.todoCodes].sort());
      });

      it('the copy used V2 only (no V1 job)', () => {
        expect(compatRuns.get(app)!.jobs).toEqual({ v1: 0, v2: app.strict ? 0 : 1 });
      });

      it(
        app.equivalent
          ? 'is equivalent: same bytes at the same storage object, same exit code and status, nothing reported'
          : `is NOT equivalent, and says so: ${app.reported.join(', ')} reported at run time`,
        () => {
          const { row, v1, compat, v1Bytes, compatBytes } = compatRuns.get(app)!;
          expect({ exit: v1.exitCode, status: v1.status }).toEqual({ exit: 0, status: 'succeeded' });
          expect(row.reported).toEqual(app.reported);
          expect(row.equivalent).toBe(app.equivalent);
          if (app.equivalent) {
            expect(compat.stderr).toBe('');
            expect(compatBytes!.equals(v1Bytes!)).toBe(true);
          }
          if (app.strict) {
            expect({ exit: compat.exitCode, status: compat.status }).toEqual({ exit: 2, status: 'error' });
            expect(compatBytes).toBeUndefined();
          }
        },
      );
    });
  }

  it('docs/sdk-and-equivalence.md and the README show the tables these runs produce (UPDATE_DOCS=1)', () => {
    const table = renderCompatRewriteTable(COMPAT_UNDER_TEST.map((a) => compatRuns.get(a)!.row));
    expect(normalize(readFileSync(DOC, 'utf8'))).toContain(normalize(table));
    expect(normalize(readFileSync(README, 'utf8'))).toContain(normalize(renderReadmeTable()));
  });
});

describe.concurrent('failed jobs: the migrated apps fail the same way (emulator with failRate 1)', () => {
  for (const app of APPS_UNDER_TEST) {
    it(`${app.name}: same non-zero exit code and "failed" status, nothing written`, async () => {
      const { original, migrated } = prepared.get(app.name)!;
      const emu = await emulatorFor({ failRate: 1 });
      const v1 = await runApp(original, app.entry, env(emu, 'v1.png'));
      const v2 = await runApp(migrated, app.entry, env(emu, 'v2.png'));
      expect({ exitCode: v1.exitCode, status: v1.status }).toEqual({ exitCode: 1, status: 'failed' });
      expect({ exitCode: v2.exitCode, status: v2.status }).toEqual({ exitCode: 1, status: 'failed' });
      expect(emu.storage.keys().sort()).toEqual(['input.png']);
    });
  }
});

describe.concurrent(
  'SDK apps deliver with each storage protocol like V1 did (Azure SAS PUT, Dropbox upload link)',
  () => {
    const cases = [
      { app: 'aio-sdk', entry: 'main.js', storage: 'azure' },
      { app: 'aio-sdk', entry: 'main.js', storage: 'dropbox' },
      { app: 'photoshop-sdk', entry: 'main.mjs', storage: 'azure' },
      { app: 'photoshop-sdk', entry: 'main.mjs', storage: 'dropbox' },
    ] as const;
    for (const c of cases) {
      it(`${c.app} with ${c.storage} output: same bytes, exit code and status`, async () => {
        const { original, migrated } = prepared.get(c.app)!;
        const emu = await emulatorFor();
        const v1 = await runApp(original, c.entry, env(emu, 'v1.png', c.storage));
        const v2 = await runApp(migrated, c.entry, env(emu, 'v2.png', c.storage));
        expect({ exitCode: v1.exitCode, status: v1.status }).toEqual({ exitCode: 0, status: 'succeeded' });
        expect({ exitCode: v2.exitCode, status: v2.status }).toEqual({ exitCode: 0, status: 'succeeded' });
        const [b1, b2] = [emu.storage.read('v1.png'), emu.storage.read('v2.png')];
        expect(b1?.length).toBeGreaterThan(0);
        expect(b2?.equals(b1!)).toBe(true);
      });
    }
  },
);

describe('resolving the TODO with the runtime helpers makes a raw-HTTP app equivalent', () => {
  it('fetch-poll with RB110 resolved by pasting the call its TODO gives: no TODO left, same bytes, exit code and status', async () => {
    const { original, migrated } = prepared.get('fetch-poll')!;
    const resolved = join(work, 'fetch-poll', 'resolved');
    cpSync(migrated, resolved, { recursive: true });
    const file = join(resolved, 'main.mjs');
    const text = readFileSync(file, 'utf8');
    // The TODO names the site's variables and the exact call: take it from the marker, paste it where it says.
    const marker = /^\/\* rb-migrate RB110: (.*)\*\/\n/m.exec(text);
    const call =
      /add `(await deliver\(status, \{ href: process\.env\.RB_OUTPUT_URL, storage: 'external' \}\);)`/.exec(
        marker?.[1] ?? '',
      )?.[1];
    expect(call, marker?.[1]).toBeDefined();
    expect(marker![1]).toContain("Once `status.status` is 'succeeded'");
    expect(marker![1]).toContain("import { deliver } from 'rb-migrate-runtime'");
    const fixed = `import { deliver } from 'rb-migrate-runtime';\n${text}`
      .replace(marker![0], '')
      .replace(
        "console.log(JSON.stringify({ app: 'fetch-poll', status: status.status }));",
        `if (status.status === 'succeeded') ${call}\nconsole.log(JSON.stringify({ app: 'fetch-poll', status: status.status }));`,
      );
    expect(fixed).toContain(call!);
    expect(fixed).not.toMatch(/rb-migrate RB\d{3}/);
    writeFileSync(file, fixed);
    const emu = await emulatorFor();
    const v1 = await runApp(original, 'main.mjs', env(emu, 'v1.png'));
    const v2 = await runApp(resolved, 'main.mjs', env(emu, 'v2.png'));
    expect({ exitCode: v2.exitCode, status: v2.status, stderr: v2.stderr }).toEqual({
      exitCode: v1.exitCode,
      status: v1.status,
      stderr: '',
    });
    expect(emu.storage.read('v2.png')?.equals(emu.storage.read('v1.png')!)).toBe(true);
  });
});

import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.ts';
import { makeInputPng } from './make-input-png.ts';
import { migrateCopy, type Migration } from './migrate-copy.ts';
import { renderEquivalenceTable, type EquivalenceRow } from './render-equivalence-table.ts';
import { runApp, type AppRun } from './run-app.ts';

const REPO = join(import.meta.dirname, '../..');
const APPS = join(REPO, 'examples/apps');
const DOC = join(REPO, 'docs/sdk-and-equivalence.md');

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

let emulator: Emulator;
let work: string;
const rows: EquivalenceRow[] = [];

beforeAll(async () => {
  // Back-to-back runs would hit the documented POST rate limit (3 per 3 s); the apps do not retry 429.
  emulator = await startEmulator({ latencyMs: 20, rateLimits: false });
  emulator.storage.write('input.png', makeInputPng(), 'image/png');
  work = mkdtempSync(join(tmpdir(), 'rb-equivalence-'));
  // One node_modules for every copy: the SDKs from this repo, and rb-migrate itself (package exports → dist/).
  mkdirSync(join(work, 'node_modules'));
  symlinkSync(join(REPO, 'node_modules/@adobe'), join(work, 'node_modules/@adobe'), 'dir');
  symlinkSync(REPO, join(work, 'node_modules/rb-migrate'), 'dir');
});

afterAll(async () => {
  await emulator?.close();
  if (work) rmSync(work, { recursive: true, force: true });
  if (process.env.UPDATE_DOCS && rows.length === APPS_UNDER_TEST.length) {
    const doc = readFileSync(DOC, 'utf8');
    writeFileSync(DOC, replaceTable(doc, renderEquivalenceTable(rows)));
  }
});

function env(emu: Emulator, outputKey: string): Record<string, string> {
  return {
    RB_API_BASE: emu.url,
    RB_API_KEY: 'example-api-key',
    RB_TOKEN: 'example-token',
    RB_ORG_ID: 'example@AdobeOrg',
    RB_INPUT_URL: emu.storage.url('input.png', { access: 'read' }),
    RB_OUTPUT_URL: emu.storage.url(outputKey),
    RB_OUTPUT_STORAGE: 'external',
  };
}

const prepared = new Map<string, { original: string; migrated: string; migration: Migration }>();

/** Copies the app twice (original, migrated) into the work dir and migrates the second copy, once. */
function prepare(name: string): { original: string; migrated: string; migration: Migration } {
  let entry = prepared.get(name);
  if (!entry) {
    const original = join(work, name, 'original');
    const migrated = join(work, name, 'migrated');
    cpSync(join(APPS, name), original, { recursive: true });
    cpSync(join(APPS, name), migrated, { recursive: true });
    entry = { original, migrated, migration: migrateCopy(migrated) };
    prepared.set(name, entry);
  }
  return entry;
}

function replaceTable(doc: string, table: string): string {
  return doc.replace(
    /<!-- equivalence-table:start -->[\s\S]*<!-- equivalence-table:end -->/,
    `<!-- equivalence-table:start -->\n${table}<!-- equivalence-table:end -->`,
  );
}

describe('behavioural equivalence of migrated example apps (emulator on 127.0.0.1)', () => {
  for (const app of APPS_UNDER_TEST) {
    describe(app.name, () => {
      let v1: AppRun;
      let v2: AppRun;
      let migration: Migration;
      let v1Bytes: Buffer | undefined;
      let v2Bytes: Buffer | undefined;
      const jobs = { v1: 0, v2: 0 };

      beforeAll(async () => {
        const { original, migrated } = prepare(app.name);
        v1 = await runApp(original, app.entry, env(emulator, `${app.name}/v1.png`));
        v1Bytes = emulator.storage.read(`${app.name}/v1.png`);
        migration = prepare(app.name).migration;
        const before = { v1: emulator.jobCount('v1'), v2: emulator.jobCount('v2') };
        v2 = await runApp(migrated, app.entry, env(emulator, `${app.name}/v2.png`));
        v2Bytes = emulator.storage.read(`${app.name}/v2.png`);
        jobs.v1 = emulator.jobCount('v1') - before.v1;
        jobs.v2 = emulator.jobCount('v2') - before.v2;
        const sameBytes = v1Bytes !== undefined && v2Bytes !== undefined && v1Bytes.equals(v2Bytes);
        rows.push({
          app: app.name,
          style: app.style,
          v1: `exit ${v1.exitCode}, ${v1.status}, ${v1Bytes?.length ?? 0} B written`,
          v2: `exit ${v2.exitCode}, ${v2.status}, ${v2Bytes?.length ?? 0} B written`,
          sameBytes,
          todoCodes: [...new Set(migration.todoCodes)],
          equivalent:
            sameBytes &&
            v1.exitCode === v2.exitCode &&
            v1.status === v2.status &&
            migration.todoCodes.length === 0,
        });
      });

      it('the original V1 app succeeds against the emulator and writes a PNG to its output', () => {
        expect(v1.stderr).toBe('');
        expect(v1.exitCode).toBe(0);
        expect(v1.status).toBe('succeeded');
        expect(v1Bytes?.subarray(1, 4).toString()).toBe('PNG');
      });

      it('the migrated app submits one V2 job and no V1 job', () => {
        expect(migration.changed.length).toBeGreaterThan(0);
        expect(jobs).toEqual({ v1: 0, v2: 1 });
      });

      it('the migrated app runs against V2 with the same exit code and reported status', () => {
        expect(v2.stderr).toBe('');
        expect(v2.exitCode).toBe(v1.exitCode);
        expect(v2.status).toBe(v1.status);
      });

      it(`leaves exactly these TODO codes: ${app.todoCodes.join(', ') || 'none'}`, () => {
        expect([...new Set(migration.todoCodes)].sort()).toEqual([...app.todoCodes].sort());
      });

      it(
        app.equivalent
          ? 'is equivalent: the same bytes arrive at the same storage object'
          : 'is NOT equivalent until its TODO is resolved',
        () => {
          const row = rows.find((r) => r.app === app.name)!;
          expect(row.equivalent).toBe(app.equivalent);
          if (app.equivalent) expect(v2Bytes!.equals(v1Bytes!)).toBe(true);
          else expect(row.todoCodes.length).toBeGreaterThan(0);
        },
      );
    });
  }

  it('docs/sdk-and-equivalence.md shows the table these runs produce (UPDATE_DOCS=1 rewrites it)', () => {
    if (rows.length !== APPS_UNDER_TEST.length) return expect(rows.length).toBe(APPS_UNDER_TEST.length);
    const ordered = APPS_UNDER_TEST.map((a) => rows.find((r) => r.app === a.name)!);
    if (process.env.UPDATE_DOCS) return;
    // Prettier pads table columns; compare with runs of spaces and dashes collapsed.
    const normalize = (text: string) => text.replace(/[ \t]*\|[ \t]*/g, '|').replace(/-{3,}/g, '---');
    expect(normalize(readFileSync(DOC, 'utf8'))).toContain(normalize(renderEquivalenceTable(ordered)));
  });
});

describe('failed jobs: the migrated apps fail the same way (emulator with failRate 1)', () => {
  let failing: Emulator;
  beforeAll(async () => {
    failing = await startEmulator({ latencyMs: 20, rateLimits: false, failRate: 1 });
    failing.storage.write('input.png', makeInputPng(), 'image/png');
  });
  afterAll(async () => {
    await failing?.close();
  });

  for (const app of APPS_UNDER_TEST) {
    it(`${app.name}: same non-zero exit code and "failed" status, nothing written`, async () => {
      const { original, migrated } = prepare(app.name);
      const v1 = await runApp(original, app.entry, env(failing, `${app.name}/v1-failed.png`));
      const v2 = await runApp(migrated, app.entry, env(failing, `${app.name}/v2-failed.png`));
      expect(v1.status).toBe('failed');
      expect(v1.exitCode).toBe(1);
      expect({ exitCode: v2.exitCode, status: v2.status }).toEqual({
        exitCode: v1.exitCode,
        status: v1.status,
      });
      expect(failing.storage.read(`${app.name}/v1-failed.png`)).toBeUndefined();
      expect(failing.storage.read(`${app.name}/v2-failed.png`)).toBeUndefined();
    });
  }
});

import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index.ts';
import { makeInputPng } from '../equivalence/make-input-png.ts';
import { runCli } from '../helpers/run-cli.ts';
import { FIXTURES_DIR } from '../codemod/fixture-pairs.ts';
import { requireTools } from './require-tools.ts';

const tools = requireTools(['bash', 'curl', 'jq']);
const SCRIPTS = join(FIXTURES_DIR, 'shell-workflow');
const JPEG_MAGIC = [0xff, 0xd8, 0xff];
const ACTION = Buffer.from('8BCK make-path action set (emulator fixture)');

let emulator: Emulator;
let work: string;

beforeAll(async () => {
  // The workflow scripts (like Adobe's sample) do not retry a 429; four runs in a few seconds would pass the
  // documented 3 POST / 3 s limit, which this test is not about.
  emulator = await startEmulator({ latencyMs: 20, rateLimits: false });
  work = mkdtempSync(join(tmpdir(), 'rb-shell-workflow-'));
});
afterAll(async () => {
  await emulator?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs a workflow script with real bash/curl/jq against the emulator; resolves with its output. */
function runScript(path: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [path], {
      env: {
        PATH: process.env.PATH,
        API_HOST: emulator.url,
        ACCESS_TOKEN: 't0ken',
        API_KEY: 'key',
        POLL_SECONDS: '0.05',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

/** Copies a script and migrates it with the built CLI (`rb-migrate rewrite <file>`). */
async function migrate(name: string): Promise<string> {
  const path = join(work, `${name}.migrated.sh`);
  copyFileSync(join(SCRIPTS, `${name}.input.sh`), path);
  const run = await runCli(['rewrite', path, '--allow-dirty', '--prettier', 'off'], { cwd: work });
  expect(run.code, run.stderr).not.toBe(2);
  expect(readFileSync(path, 'utf8')).toBe(readFileSync(join(SCRIPTS, `${name}.output.sh`), 'utf8'));
  return path;
}

function seedS3(tag: string, input: Buffer) {
  const key = (k: string) => `${tag}/${k}`;
  emulator.storage.write(key('input.png'), input, 'image/png');
  emulator.storage.write(key('make-path.atn'), ACTION);
  const url = (k: string, access: 'read' | 'write') => emulator.storage.url(key(k), { access });
  return {
    finalKey: key('final.jpg'),
    env: {
      INPUT_URL: url('input.png', 'read'),
      ACTION_URL: url('make-path.atn', 'read'),
      INTERMEDIATE_PUT_URL: url('intermediate.png', 'write'),
      INTERMEDIATE_GET_URL: url('intermediate.png', 'read'),
      FINAL_OUTPUT_URL: url('final.jpg', 'write'),
    },
  };
}

function seedCreativeCloud(tag: string, input: Buffer) {
  emulator.storage.write(`${tag}/input.png`, input, 'image/png');
  emulator.storage.write(`cc/files/${tag}/make-path.atn`, ACTION);
  return {
    finalKey: `${tag}/final.jpg`,
    intermediateKey: `cc/files/${tag}/intermediate.png`,
    env: {
      INPUT_URL: emulator.storage.url(`${tag}/input.png`, { access: 'read' }),
      ACTION_PATH: `/files/${tag}/make-path.atn`,
      INTERMEDIATE_URL: `${emulator.url}/cc/files/${tag}/intermediate.png`,
      FINAL_OUTPUT_URL: emulator.storage.url(`${tag}/final.jpg`, { access: 'write' }),
    },
  };
}

function finalJpeg(key: string): Buffer {
  const bytes = emulator.storage.read(key);
  expect(bytes, `no final JPEG at ${key}`).toBeDefined();
  expect([...bytes!.subarray(0, 3)]).toEqual(JPEG_MAGIC);
  return bytes!;
}

describe.skipIf(!tools.ok)(
  'the Remove Background → Photoshop Actions workflow runs before and after rewrite',
  () => {
    it('S3 variant: the original (V1 emulator) and the migrated script (V2 emulator) deliver byte-identical JPEGs', async () => {
      const input = makeInputPng();
      const before = seedS3('s3-v1', input);
      const original = await runScript(
        join(SCRIPTS, 'remove-background-to-photoshop-s3.input.sh'),
        before.env,
      );
      expect(original.out).toContain('done: succeeded');
      const v1Jobs = emulator.jobCount('v1');
      expect(v1Jobs).toBeGreaterThan(0);

      const migrated = await migrate('remove-background-to-photoshop-s3');
      const after = seedS3('s3-v2', input);
      const run = await runScript(migrated, after.env);
      expect(run.out).toContain('done: succeeded');
      expect(emulator.jobCount('v1')).toBe(v1Jobs);
      expect(emulator.jobCount('v2')).toBeGreaterThan(0);
      // V2 never wrote the intermediate file: the chain read the V2 result URL.
      expect(emulator.storage.read('s3-v2/intermediate.png')).toBeUndefined();
      expect(finalJpeg(after.finalKey).equals(finalJpeg(before.finalKey))).toBe(true);
    });

    it('S3 variant: a different input gives a different final JPEG', async () => {
      const png = PNG.sync.read(makeInputPng());
      const pixel = (12 * png.width + 16) * 4;
      png.data[pixel] = (png.data[pixel] ?? 0) ^ 0x55; // one subject pixel differs
      const seeded = seedS3('s3-other', PNG.sync.write(png));
      const run = await runScript(join(SCRIPTS, 'remove-background-to-photoshop-s3.output.sh'), seeded.env);
      expect(run.out).toContain('done: succeeded');
      expect(finalJpeg(seeded.finalKey).equals(finalJpeg('s3-v2/final.jpg'))).toBe(false);
    });

    it('Creative Cloud variant: both deliver the final JPEG; the migrated one no longer writes the intermediate file to Creative Cloud', async () => {
      const input = makeInputPng();
      const before = seedCreativeCloud('cc-v1', input);
      const original = await runScript(
        join(SCRIPTS, 'remove-background-to-photoshop-cc.input.sh'),
        before.env,
      );
      expect(original.out).toContain('done: succeeded');
      expect(emulator.storage.read(before.intermediateKey)).toBeDefined();

      const migrated = await migrate('remove-background-to-photoshop-cc');
      const after = seedCreativeCloud('cc-v2', input);
      const run = await runScript(migrated, after.env);
      expect(run.out).toContain('done: succeeded');
      expect(emulator.storage.read(after.intermediateKey)).toBeUndefined();
      expect(finalJpeg(after.finalKey).equals(finalJpeg(before.finalKey))).toBe(true);
    });
  },
);

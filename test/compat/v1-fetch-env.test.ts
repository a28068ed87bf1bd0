import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import type { Emulator } from '../../src/emulator/types.ts';
import { createV1Fetch } from '../../packages/runtime/src/runtime/compat/create-v1-fetch.ts';
import { readCompatEnv } from '../../packages/runtime/src/runtime/compat/read-compat-env.ts';
import type { CompatWarning } from '../../packages/runtime/src/runtime/compat/types.ts';
import { v1Fetch } from '../../packages/runtime/src/runtime/compat/v1-fetch.ts';
import { makeInputPng, putInput, startTestEmulator } from '../runtime/helpers.ts';
import { runV1Flow, V1_HEADERS } from './helpers.ts';

const input = makeInputPng();
let emu: Emulator;
let echo: Server;
let echoUrl: string;
const echoed: string[] = [];

beforeAll(async () => {
  emu = await startTestEmulator();
  echo = createServer((req, res) => {
    echoed.push(`${req.method} ${req.url}`);
    res.writeHead(202, { 'content-type': 'application/json' });
    res.end('{"_links":{"self":{"href":"elsewhere"}}}');
  });
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await emu.close();
  await new Promise<void>((resolve) => echo.close(() => resolve()));
});

const body = (key: string) => ({
  input: { href: putInput(emu, 'in.png', input), storage: 'external' },
  output: { href: emu.storage.url(key), storage: 'external' },
});

describe('readCompatEnv: what the default v1Fetch learns from the environment', () => {
  it('reads hosts (added to image.adobe.io), upstream, trusted input hosts and strict; ignores empty values', () => {
    expect(
      readCompatEnv({
        RB_MIGRATE_V1_HOSTS: ' proxy.example.com, http://127.0.0.1:8787 ,',
        RB_MIGRATE_UPSTREAM: 'https://v2.example.com',
        RB_MIGRATE_TRUSTED_INPUT_HOSTS: '127.0.0.1',
        RB_MIGRATE_STRICT: 'true',
      }),
    ).toEqual({
      v1Hosts: ['image.adobe.io', 'proxy.example.com', 'http://127.0.0.1:8787'],
      upstream: 'https://v2.example.com',
      trustedInputHosts: ['127.0.0.1'],
      strict: true,
    });
    expect(
      readCompatEnv({ RB_MIGRATE_V1_HOSTS: '', RB_MIGRATE_STRICT: '0', RB_MIGRATE_UPSTREAM: ' ' }),
    ).toEqual({});
    expect(readCompatEnv({})).toEqual({});
  });

  it('without a process (a browser) it is the plain defaults', () => {
    expect(readCompatEnv(undefined)).toEqual({});
  });
});

describe('the default v1Fetch configured by environment only (no code change)', () => {
  it('RB_MIGRATE_V1_HOSTS makes the emulator a V1 host; V2 goes to the same origin; the result is delivered', async () => {
    process.env.RB_MIGRATE_V1_HOSTS = emu.url;
    process.env.RB_MIGRATE_TRUSTED_INPUT_HOSTS = '127.0.0.1';
    try {
      const before = { v1: emu.jobCount('v1'), v2: emu.jobCount('v2') };
      const run = await runV1Flow(v1Fetch, emu.url, 'cutout', body('env.png'));
      expect(run.final.status).toBe('succeeded');
      expect({ v1: emu.jobCount('v1') - before.v1, v2: emu.jobCount('v2') - before.v2 }).toEqual({
        v1: 0,
        v2: 1,
      });
      expect(emu.storage.read('env.png')?.equals(renderResultPng(input, { mode: 'cutout' }))).toBe(true);
    } finally {
      delete process.env.RB_MIGRATE_V1_HOSTS;
      delete process.env.RB_MIGRATE_TRUSTED_INPUT_HOSTS;
    }
  });
});

describe('a V1 submit to a host nobody declared', () => {
  it('goes to that host untouched and is reported once per host (RB246)', async () => {
    const warnings: CompatWarning[] = [];
    const fetchV1 = createV1Fetch({ onWarning: (w) => warnings.push(w) });
    for (let i = 0; i < 2; i++) {
      const res = await fetchV1(`${echoUrl}/sensei/cutout`, {
        method: 'POST',
        headers: V1_HEADERS,
        body: JSON.stringify(body('never.png')),
      });
      expect(await res.json()).toEqual({ _links: { self: { href: 'elsewhere' } } });
    }
    expect(echoed).toEqual(['POST /sensei/cutout', 'POST /sensei/cutout']);
    expect(warnings.map((w) => [w.code, w.message.includes(new URL(echoUrl).host)])).toEqual([
      ['RB246', true],
    ]);
  });
});

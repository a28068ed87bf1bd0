import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import type { Emulator } from '../../src/emulator/types.ts';
import { readGatewayKeys } from '../../src/gateway/read-gateway-keys.ts';
import { startGateway } from '../../src/gateway/start-gateway.ts';
import { runCli } from '../helpers/run-cli.ts';
import { API_KEY, makeInputPng, putInput, startTestEmulator, TOKEN } from '../runtime/helpers.ts';
import { runV1Flow, V1_HEADERS } from './helpers.ts';
import { newSecret, spawnGateway, type SpawnedGateway } from './spawn-gateway.ts';

const input = makeInputPng(9);
const secret = newSecret();
let emu: Emulator;
let gateways: SpawnedGateway[];

beforeAll(async () => {
  emu = await startTestEmulator({ credentials: { apiKey: API_KEY, token: TOKEN } });
  const args = ['--upstream', emu.url, '--trust-input-host', '127.0.0.1'];
  // Two replicas with the same key, as behind a load balancer.
  gateways = await Promise.all([
    spawnGateway(args, { RB_GATEWAY_SECRET: secret }),
    spawnGateway(args, { RB_GATEWAY_SECRET: secret }),
  ]);
});
afterAll(async () => {
  await Promise.all(gateways.map((g) => g.stop()));
  await emu.close();
});

const body = (key: string, storage: 'external' | 'azure' | 'dropbox' = 'external') => ({
  input: { href: putInput(emu, 'gw-in.png', input), storage: 'external' },
  output: { href: emu.storage.url(key, { storage }), storage },
});

describe('rb-migrate gateway (built CLI, two replicas, emulator as V2 on 127.0.0.1)', () => {
  it('a V1 client pointed at the gateway gets the same bytes as from V1, through V2 only', async () => {
    const [a] = gateways;
    const v1Before = emu.jobCount('v1');
    const run = await runV1Flow(fetch, a!.url, 'cutout', body('gw.png'));
    expect(run.submit.status).toBe(202);
    expect(run.accepted._links.self.href.startsWith(`${a!.url}/sensei/status/`)).toBe(true);
    expect(run.final).toMatchObject({ status: 'succeeded', output: { storage: 'external' } });
    expect(emu.jobCount('v1')).toBe(v1Before);
    const v1 = await runV1Flow(fetch, emu.url, 'cutout', body('direct.png'));
    expect(v1.final.status).toBe('succeeded');
    expect(emu.storage.read('gw.png')?.equals(emu.storage.read('direct.png')!)).toBe(true);
    expect(emu.storage.read('gw.png')?.equals(renderResultPng(input, { mode: 'cutout' }))).toBe(true);
  });

  it('stateless: submitted on one replica, polled and delivered on the other (Dropbox link used once)', async () => {
    const [a, b] = gateways;
    const submit = await fetch(`${a!.url}/sensei/mask`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(body('replica.png', 'dropbox')),
    });
    const href: string = (await submit.json())._links.self.href;
    const onB = href.replace(a!.url, b!.url);
    let status;
    do {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = await (await fetch(onB, { headers: V1_HEADERS })).json();
    } while (status.status === 'pending' || status.status === 'running');
    expect(status.status).toBe('succeeded');
    // The other replica has no memory of that delivery: its upload meets the used link and counts it delivered.
    const onA = await (await fetch(href, { headers: V1_HEADERS })).json();
    expect(onA.status).toBe('succeeded');
    expect(emu.storage.writes('replica.png')).toBe(1);
    expect(emu.storage.read('replica.png')?.equals(renderResultPng(input, { mode: 'mask' }))).toBe(true);
    expect(a!.stderr()).toContain('"code":"RB240"');
  });

  it("forwards the caller's credentials (none stored): wrong ones are V2's 401 in V1 shape", async () => {
    const res = await fetch(`${gateways[0]!.url}/sensei/cutout`, {
      method: 'POST',
      headers: { ...V1_HEADERS, Authorization: 'Bearer wrong-token' },
      body: JSON.stringify(body('denied.png')),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ type: 'InvalidAuthTokenError', code: 'unauthorized' });
  });

  it('forged, tampered and malformed job ids are V1 404s, never a crash', async () => {
    const { url } = gateways[0]!;
    const submit = await fetch(`${url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(body('t.png')),
    });
    const id: string = (await submit.json())._links.self.href.split('/').pop();
    const forged = Buffer.concat([Buffer.from([1]), Buffer.alloc(60, 7)]).toString('base64url');
    for (const bad of [`${id.slice(0, -2)}xx`, forged, 'not-an-id', '%E0%A4%A', 'A'.repeat(9000)]) {
      const res = await fetch(`${url}/sensei/status/${bad}`, { headers: V1_HEADERS });
      expect(res.status, bad.slice(0, 20)).toBe(404);
      expect(await res.json()).toMatchObject({ type: 'ResourceNotFound' });
    }
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  });

  it('health and readiness, V1 404 for other routes, 413 over --max-body, Server-Timing', async () => {
    const { url } = gateways[0]!;
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: 'ok' });
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: 'ready' });
    const other = await fetch(`${url}/v2/remove-background`, { method: 'POST', body: '{}' });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ type: 'ResourceNotFound', code: 'not_found' });
    const big = await fetch(`${url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: 'x'.repeat(1024 * 1024 + 1),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ code: 'payload_too_large' });
    const poll = await fetch(`${url}/sensei/status/x`, { headers: V1_HEADERS });
    expect(poll.headers.get('server-timing')).toMatch(/^upstream;dur=[\d.]+, total;dur=[\d.]+$/);
  });

  it('logs are JSON lines with no token, API key or presigned signature', () => {
    const lines = gateways.flatMap((g) => g.stderr().trim().split('\n'));
    const parsed = lines.map((l) => JSON.parse(l));
    expect(parsed.filter((l) => l.msg === 'request').length).toBeGreaterThan(5);
    expect(parsed[0]).toMatchObject({
      level: 'info',
      msg: 'listening',
      keyId: expect.stringMatching(/^[0-9a-f]{8}$/),
    });
    const all = lines.join('\n');
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(API_KEY);
    expect(all).not.toContain(secret);
    expect(all).not.toMatch(/X-Amz-Signature=[0-9a-f]/);
  });

  it('a missing or short key is a usage error naming the variable, not the value', async () => {
    const missing = await runCli(['gateway', '--port', '0', '--secret-env', 'MY_GW_KEY'], {
      env: { MY_GW_KEY: '' },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('MY_GW_KEY is not set');
    const short = await runCli(['gateway', '--port', '0'], { env: { RB_GATEWAY_SECRET: 'c2hvcnQ=' } });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('must be 32 bytes');
    expect(short.stderr).not.toContain('c2hvcnQ=');
  });

  it('emulate and gateway reject the same bad --port and --max-body with exit 2 and the same message', async () => {
    for (const [flag, value, message] of [
      ['--port', '70000', '--port takes 0..65535, got 70000'],
      ['--max-body', '0', '--max-body takes an integer >= 1, got 0'],
    ] as const) {
      for (const command of ['emulate', 'gateway']) {
        const args = flag === '--port' ? [command, flag, value] : [command, '--port', '0', flag, value];
        const run = await runCli(args, { env: { RB_GATEWAY_SECRET: newSecret() } });
        expect({ command, code: run.code }).toEqual({ command, code: 2 });
        expect(run.stderr).toContain(message);
      }
    }
  });

  it('readGatewayKeys: current key first, <NAME>_OLD comma list after it', () => {
    const [k1, k2, k3] = [newSecret(), newSecret(), newSecret()];
    const keys = readGatewayKeys({ GW: k1, GW_OLD: ` ${k2}, ${k3} ` }, 'GW');
    expect(keys.map((k) => Buffer.from(k).toString('base64'))).toEqual([k1, k2, k3]);
  });
});

describe('graceful shutdown and --public-url (in-process gateway)', () => {
  it('close(): readiness goes 503, the request in flight completes, then the server stops', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowFetch = async (url: string | URL, init?: RequestInit) => {
      await gate;
      return fetch(url, init);
    };
    const gateway = await startGateway({
      keys: [new Uint8Array(32).fill(3)],
      upstream: emu.url,
      publicUrl: 'https://rb.example.com/base',
      trustedInputHosts: ['127.0.0.1'],
      fetch: slowFetch,
      drainDelayMs: 100,
      log: () => {},
    });
    const inFlight = fetch(`${gateway.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(body('drain.png')),
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const closed = gateway.close();
    let closedYet = false;
    void closed.then(() => (closedYet = true));
    const ready = await fetch(`${gateway.url}/readyz`);
    expect({ status: ready.status, body: await ready.json() }).toEqual({
      status: 503,
      body: { status: 'draining' },
    });
    expect(closedYet).toBe(false);
    release();
    const res = await inFlight;
    expect(res.status).toBe(202);
    expect((await res.json())._links.self.href).toMatch(
      /^https:\/\/rb\.example\.com\/base\/sensei\/status\/[\w-]+$/,
    );
    await closed;
    await expect(fetch(`${gateway.url}/healthz`)).rejects.toThrow();
  });

  it('the built CLI exits 0 on SIGTERM after finishing', async () => {
    const gw = await spawnGateway(['--upstream', emu.url], { RB_GATEWAY_SECRET: secret });
    expect((await fetch(`${gw.url}/healthz`)).status).toBe(200);
    expect(await gw.stop('SIGTERM')).toBe(0);
    expect(gw.stderr()).toContain('"msg":"stopped"');
  });
});

describe('Dockerfile and deployment manifest', () => {
  it("the Dockerfile's CMD flags exist in `gateway --help`, and the manifest probes the gateway's endpoints", async () => {
    const dockerfile = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile);
    expect(cmd).not.toBeNull();
    const argv: string[] = JSON.parse(cmd![1]!);
    expect(argv.slice(0, 2)).toEqual(['gateway', '--host']);
    const help = await runCli(['gateway', '--help']);
    expect(help.code).toBe(0);
    for (const flag of argv.filter((a) => a.startsWith('--'))) expect(help.stdout).toContain(flag);
    expect(dockerfile).toMatch(/^FROM node:20-slim AS build$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
    const manifest = readFileSync(new URL('../../deploy/gateway.k8s.yaml', import.meta.url), 'utf8');
    for (const needle of [
      'kind: Deployment',
      'kind: Service',
      'path: /healthz',
      'path: /readyz',
      'secretKeyRef',
      'RB_GATEWAY_SECRET',
    ]) {
      expect(manifest).toContain(needle);
    }
  });
});

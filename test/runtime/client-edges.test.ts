import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/types.ts';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import { computeBackoff } from '../../packages/runtime/src/runtime/compute-backoff.ts';
import { createRemoveBackgroundClient } from '../../packages/runtime/src/runtime/create-remove-background-client.ts';
import { parseRetryAfter } from '../../packages/runtime/src/runtime/parse-retry-after.ts';
import {
  API_KEY,
  FAST_WAIT,
  TOKEN,
  makeClient,
  makeInputPng,
  putInput,
  startTestEmulator,
} from './helpers.ts';

let emulator: Emulator | undefined;
let server: Server | undefined;
afterEach(async () => {
  await emulator?.close();
  server?.closeAllConnections();
  server?.close();
  emulator = undefined;
  server = undefined;
});

async function listen(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const body = { image: { source: { url: 'https://b.s3.amazonaws.com/a.png' } } };

describe('submit edge cases', () => {
  it('a POST that gets no answer is SUBMIT_OUTCOME_UNKNOWN after timeoutMs, sent once', async () => {
    let posts = 0;
    const url = await listen((req) => {
      posts++;
      req.resume(); // read the body, never answer
    });
    const client = createRemoveBackgroundClient({ apiKey: API_KEY, token: TOKEN, baseUrl: url });
    const error = await client.submit(body, { timeoutMs: 500, retryDelayMs: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'SUBMIT_OUTCOME_UNKNOWN',
      message: expect.stringContaining('500 ms'),
    });
    await new Promise((r) => setTimeout(r, 20)); // a re-sent POST would have arrived by now
    expect(posts).toBe(1);
  });

  it("the caller's AbortSignal.timeout() reads as TIMEOUT", async () => {
    const url = await listen((req) => req.resume());
    const client = createRemoveBackgroundClient({ apiKey: API_KEY, token: TOKEN, baseUrl: url });
    await expect(client.submit(body, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
  });

  it('keeps an absolute statusUrl byte for byte and resolves a relative one', async () => {
    let statusUrl = 'http://127.0.0.1:1/v2/status/urn:ff:jobs:x%2Fy?b=1&a=2';
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ jobId: 'urn:ff:jobs:x', statusUrl }));
    });
    const client = createRemoveBackgroundClient({ apiKey: API_KEY, token: TOKEN, baseUrl: url });
    expect((await client.submit(body)).statusUrl).toBe(statusUrl);
    statusUrl = '/v2/status/abc';
    expect((await client.submit(body)).statusUrl).toBe(`${url}/v2/status/abc`);
  });

  it('INVALID_RESPONSE when the 202 body is not the documented shape', async () => {
    const url = await listen((req, res) => {
      req.resume();
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ _links: { self: { href: 'x' } } }));
    });
    const client = createRemoveBackgroundClient({ apiKey: API_KEY, token: TOKEN, baseUrl: url });
    await expect(client.submit(body)).rejects.toMatchObject({ code: 'INVALID_RESPONSE', httpStatus: 202 });
  });

  it('a failing getToken is AUTH_FAILED and sends nothing', async () => {
    let requests = 0;
    const url = await listen((_req, res) => {
      requests++;
      res.end();
    });
    const client = createRemoveBackgroundClient({
      apiKey: API_KEY,
      getToken: () => Promise.reject(new Error('IMS is down')),
      baseUrl: url,
    });
    await expect(client.submit(body)).rejects.toMatchObject({ code: 'AUTH_FAILED' });
    await expect(client.waitForJob({ jobId: 'j', statusUrl: `${url}/s` }, FAST_WAIT)).rejects.toMatchObject({
      code: 'AUTH_FAILED',
    });
    expect(requests).toBe(0);
  });

  it('validates its options', () => {
    expect(() => createRemoveBackgroundClient({ apiKey: '', token: 't' })).toThrow(TypeError);
    expect(() => createRemoveBackgroundClient({ apiKey: 'k' })).toThrow(/token/);
    expect(() => createRemoveBackgroundClient({ apiKey: 'k', token: 't', getToken: () => 't' })).toThrow(
      /exactly one/,
    );
  });
});

describe('deliver edge cases', () => {
  it('streams a result served without Content-Length (chunked) by buffering it', async () => {
    emulator = await startTestEmulator();
    const png = renderResultPng(makeInputPng(), { mode: 'mask' });
    const url = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(png.subarray(0, 10));
      res.end(png.subarray(10));
    });
    const { client } = makeClient(emulator);
    const status = {
      jobId: 'j1',
      status: 'succeeded' as const,
      result: { outputs: [{ url: `${url}/result.png` }] }, // the Photoshop-v2 `url` fallback
    };
    const delivered = await client.deliver(status, {
      href: emulator.storage.url('out/x.png', { storage: 'azure' }),
      storage: 'azure',
    });
    expect(delivered).toMatchObject({ bytes: png.length, mediaType: 'image/png', uploadStatus: 201 });
    expect(emulator.storage.read('out/x.png')).toEqual(png);
  });

  it('refuses statuses without a result and Creative Cloud targets', async () => {
    emulator = await startTestEmulator();
    const { client } = makeClient(emulator);
    await expect(
      client.deliver({ jobId: 'j', status: 'running' }, { href: 'https://x' }),
    ).rejects.toMatchObject({
      code: 'DOWNLOAD_FAILED',
    });
    const status = {
      jobId: 'j',
      status: 'succeeded' as const,
      result: { outputs: [{ url: 'http://127.0.0.1:1/r' }] },
    };
    await expect(client.deliver(status, { href: '/files/a.png', storage: 'adobe' })).rejects.toMatchObject({
      code: 'UNSUPPORTED_STORAGE',
    });
    expect(emulator.requests).toHaveLength(0);
  });

  it('an aborted delivery writes nothing and can be repeated', async () => {
    emulator = await startTestEmulator();
    const { client } = makeClient(emulator);
    const href = putInput(emulator, 'in/a.png', makeInputPng());
    const status = await client.waitForJob(
      await client.submit({ image: { source: { url: href } } }),
      FAST_WAIT,
    );
    const controller = new AbortController();
    controller.abort();
    await expect(
      client.deliver(status, { href: emulator.storage.url('out/a.png') }, { signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'ABORTED' });
    expect(emulator.storage.writes('out/a.png')).toBe(0);
    // …and the guard did not record it, so a later delivery works.
    await client.deliver(status, { href: emulator.storage.url('out/a.png') });
    expect(emulator.storage.writes('out/a.png')).toBe(1);
  });
});

describe('helpers', () => {
  it('parseRetryAfter reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('computeBackoff doubles, caps, and jitters within the upper half', () => {
    expect(computeBackoff(0, 100, 1000, () => 0)).toBe(50);
    expect(computeBackoff(0, 100, 1000, () => 1)).toBe(100);
    expect(computeBackoff(3, 100, 1000, () => 1)).toBe(800);
    expect(computeBackoff(10, 100, 1000, () => 0.5)).toBe(750);
  });

  it('packages/runtime/src/runtime imports no node: module and no codemod/CLI dependency', () => {
    const dir = new URL('../../packages/runtime/src/runtime/', import.meta.url);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files).toContain('compat/create-compat-core.ts');
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      const specifiers = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const spec of specifiers) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(
          /^(node:|jscodeshift|ts-morph|yargs|prettier|recast)/,
        );
        if (spec!.startsWith('.'))
          expect(spec, file).toMatch(
            /^\.\.?\/(?:\.\.\/)?(?:runtime\/|mapping\/|translate\/|compat\/)?[\w-]+\.ts$/,
          );
      }
    }
  });
});

describe('answers cut off mid-body', () => {
  const cutOff = (status: number, text: string) => (res: import('node:http').ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(text.length + 50) });
    res.write(text);
    setTimeout(() => res.destroy(), 5);
  };

  it('a 202 whose body is cut off is SUBMIT_OUTCOME_UNKNOWN (accepted, id lost), not re-sent', async () => {
    let posts = 0;
    const url = await listen((req, res) => {
      posts++;
      req.resume();
      cutOff(202, '{"jobId":"urn:ff:jobs:')(res);
    });
    const client = createRemoveBackgroundClient({ apiKey: API_KEY, token: TOKEN, baseUrl: url });
    await expect(client.submit(body, { retryDelayMs: 1 })).rejects.toMatchObject({
      code: 'SUBMIT_OUTCOME_UNKNOWN',
      httpStatus: 202,
    });
    expect(posts).toBe(1);
  });

  it('a status body cut off while polling is retried', async () => {
    let polls = 0;
    const url = await listen((req, res) => {
      polls++;
      if (polls === 1) return cutOff(200, '{"jobId":"j","sta')(res);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({ jobId: 'j', status: 'failed', errorDetails: [{ errorCode: 'runtime_error' }] }),
      );
    });
    const client = createRemoveBackgroundClient({ apiKey: API_KEY, token: TOKEN, baseUrl: url });
    await expect(
      client.waitForJob({ jobId: 'j', statusUrl: `${url}/v2/status/j` }, FAST_WAIT),
    ).rejects.toMatchObject({
      code: 'JOB_FAILED',
      errorCode: 'runtime_error',
    });
    expect(polls).toBe(2);
  });
});

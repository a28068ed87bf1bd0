import { spawn } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/emulator/start-emulator.ts';
import type { Emulator, EmulatorOptions } from '../../src/emulator/types.ts';
import { V1ErrorSchema } from '../../packages/runtime/src/mapping/v1.ts';
import { V2ErrorSchema } from '../../packages/runtime/src/mapping/v2.ts';
import { CLI, runCli } from '../helpers/run-cli.ts';
import { makeInputPng } from '../runtime/helpers.ts';

const AUTH = { authorization: 'Bearer t', 'x-api-key': 'k', 'content-type': 'application/json' };
const MB = 1024 * 1024;

let emulator: Emulator | undefined;
let other: Server | undefined;
afterEach(async () => {
  await emulator?.close();
  other?.closeAllConnections();
  other?.close();
  emulator = undefined;
  other = undefined;
});

async function start(options: EmulatorOptions = {}): Promise<{ em: Emulator; log: string[] }> {
  const log: string[] = [];
  emulator = await startEmulator({ latencyMs: 1, rateLimits: false, log: (l) => log.push(l), ...options });
  return { em: emulator, log };
}

interface Answer {
  status: number;
  text: string;
  /** Bytes of the body the client had written when the answer's headers arrived. */
  sentWhenAnswered: number;
}

/**
 * Sends `total` bytes in 1 MiB chunks (with a Content-Length, or chunked when `declare` is false) and resolves
 * with the answer. With `hold`, the body is never finished: only an answer given before the body was read
 * can arrive.
 */
function send(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    total: number;
    declare?: boolean;
    hold?: boolean;
  },
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.declare !== false) headers['content-length'] = String(options.total);
    const req = request(url, { method: options.method ?? 'POST', headers });
    let sent = 0;
    let answered = false;
    req.on('response', (res: IncomingMessage) => {
      answered = true;
      const sentWhenAnswered = sent;
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text, sentWhenAnswered });
        if (options.hold) req.destroy();
      });
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(Math.min(MB, options.total), 0x61);
    const pump = () => {
      while (!answered || !options.hold) {
        if (sent >= options.total) {
          if (!options.hold) req.end();
          return;
        }
        if (options.hold && sent >= chunk.length) return; // one chunk, then wait for the answer
        const piece = chunk.subarray(0, Math.min(chunk.length, options.total - sent));
        sent += piece.length;
        if (!req.write(piece)) {
          req.once('drain', pump);
          return;
        }
      }
    };
    pump();
  });
}

describe('emulator: authentication before the body', () => {
  it.each([
    ['/v2/remove-background', 'v2'],
    ['/sensei/cutout', 'v1'],
  ])(
    '%s answers 401 while a 64 MB body is still being sent (nothing buffered)',
    async (path, version) => {
      const { em, log } = await start();
      const answer = await send(`${em.url}${path}`, { total: 64 * MB, hold: true, headers: {} });
      expect(answer.status).toBe(401);
      expect(answer.sentWhenAnswered).toBeLessThan(64 * MB);
      const body = JSON.parse(answer.text) as unknown;
      if (version === 'v2') expect(V2ErrorSchema.parse(body).error_code).toBe('unauthorized');
      else expect(V1ErrorSchema.parse(body).code).toBe('401');
      expect(log).toContain(`POST ${path} → 401`);
    },
    20_000,
  );

  it('a storage upload with a bad signature is refused before its body is read', async () => {
    const { em } = await start();
    const url = em.storage.url('k.png').replace(/X-Amz-Signature=[0-9a-f]+/, 'X-Amz-Signature=00');
    const answer = await send(url, { method: 'PUT', total: 64 * MB, hold: true });
    expect(answer).toMatchObject({ status: 403, text: 'SignatureDoesNotMatch' });
    expect(em.storage.keys()).toEqual([]);
  }, 20_000);
});

describe('emulator: body size cap', () => {
  it.each([
    ['Content-Length', true],
    ['chunked', false],
  ])(
    'a 100 MB V2 body (%s) gets 413 with a V2 error body, and is logged',
    async (_kind, declare) => {
      const { em, log } = await start();
      const answer = await send(`${em.url}/v2/remove-background`, {
        total: 100 * MB,
        declare,
        headers: AUTH,
      });
      expect(answer.status).toBe(413);
      expect(V2ErrorSchema.parse(JSON.parse(answer.text))).toMatchObject({ error_code: 'validation_error' });
      expect(log).toContain('POST /v2/remove-background → 413');
      expect(em.requests.at(-1)).toMatchObject({ route: 'v2.submit', outcome: 413 });
      expect(em.jobCount()).toBe(0);
    },
    60_000,
  );

  it('V1 answers 413 in the V1 error shape, storage as text; the cap is configurable', async () => {
    const { em, log } = await start({ maxBodyBytes: 1000 });
    const v1 = await send(`${em.url}/sensei/mask`, { total: 5000, headers: AUTH });
    expect(v1.status).toBe(413);
    expect(V1ErrorSchema.parse(JSON.parse(v1.text))).toMatchObject({
      code: '413',
      type: 'InputValidationError',
    });
    const put = await send(em.storage.url('big.png'), { method: 'PUT', total: 5000 });
    expect(put).toMatchObject({ status: 413, text: 'EntityTooLarge' });
    expect(em.storage.keys()).toEqual([]);
    const ok = await send(em.storage.url('small.png'), { method: 'PUT', total: 1000 });
    expect(ok.status).toBe(200);
    expect(log).toEqual(expect.arrayContaining(['POST /sensei/mask → 413', 'PUT /s3/big.png → 413']));
    // The connection was drained, not reset: the same client can go on.
    expect((await fetch(`${em.url}/v2/status/x`, { headers: AUTH })).status).toBe(404);
  });
});

describe('emulator: jobs and objects stay under their caps and TTLs', () => {
  const submitJob = async (em: Emulator, input: string, i: number): Promise<string> => {
    const v1 = i % 4 === 0;
    const res = await fetch(`${em.url}${v1 ? '/sensei/cutout' : '/v2/remove-background'}`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify(
        v1
          ? { input: { href: input }, output: { href: em.storage.url(`out/${i}.png`) } }
          : { image: { source: { url: input } } },
      ),
    });
    expect(res.status).toBe(202);
    const json = (await res.json()) as { statusUrl?: string; _links?: { self: { href: string } } };
    return json.statusUrl ?? json._links!.self.href;
  };
  /** Runs `task(0..total-1)` on `lanes` concurrent lanes, calling `after` after each. */
  const inLanes = async (total: number, lanes: number, task: (i: number) => Promise<void>) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: lanes }, async () => {
        while (next < total) await task(next++);
      }),
    );
  };

  it('10,000 jobs (V1 and V2): the job map never exceeds maxJobs; the newest jobs stay usable', async () => {
    // Jobs stay pending (long latency), so only the submissions are measured here.
    const { em } = await start({ maxJobs: 300, latencyMs: 600_000, log: undefined });
    em.storage.write('in/p.png', makeInputPng());
    const input = em.storage.url('in/p.png', { access: 'read' });
    const total = 10_000;
    const statusUrls: string[] = [];
    let most = 0;
    await inLanes(total, 8, async (i) => {
      statusUrls[i] = await submitJob(em, input, i);
      most = Math.max(most, em.jobCount());
    });
    expect(most).toBe(300);
    expect(em.jobCount()).toBe(300);
    expect((await fetch(statusUrls[total - 1]!, { headers: AUTH })).status).toBe(200);
    expect((await fetch(statusUrls[1]!, { headers: AUTH })).status).toBe(404);
  }, 120_000);

  it('10,000 objects and Dropbox links, and 600 finished jobs: the object map never exceeds maxObjects', async () => {
    const { em } = await start({ maxObjects: 200, maxJobs: 100, latencyMs: 0, log: undefined });
    const png = makeInputPng();
    let most = 0;
    for (let i = 0; i < 10_000; i++) {
      em.storage.write(`obj/${i}.png`, png);
      em.storage.url(`obj/${i}.png`, { storage: 'dropbox' });
      most = Math.max(most, em.storage.keys().length);
    }
    expect(most).toBe(200);
    // The newest object is kept, the oldest is gone, and so are the oldest Dropbox links.
    expect(em.storage.read('obj/9999.png')).toBeDefined();
    expect(em.storage.read('obj/0.png')).toBeUndefined();
    em.storage.write('in/p.png', png);
    const input = em.storage.url('in/p.png', { access: 'read' });
    const statusUrls: string[] = [];
    await inLanes(600, 8, async (i) => {
      em.storage.write('in/p.png', png); // rewritten, so the newest: the input outlives the cap
      statusUrls[i] = await submitJob(em, input, i);
      most = Math.max(most, em.storage.keys().length, em.jobCount() > 100 ? Infinity : 0);
    });
    // Results (V2) and V1 outputs land in the store, which stays bounded.
    const last = await (async () => {
      for (;;) {
        const json = (await (await fetch(statusUrls[599]!, { headers: AUTH })).json()) as { status: string };
        if (json.status === 'succeeded' || json.status === 'failed') return json;
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    expect(last.status).toBe('succeeded');
    expect(most).toBeLessThanOrEqual(200);
    expect(em.storage.keys().length).toBeLessThanOrEqual(200);
  }, 120_000);

  it('jobs and objects older than their TTL are forgotten', async () => {
    const { em } = await start({ jobTtlMs: 40, objectTtlMs: 40 });
    em.storage.write('a.png', makeInputPng());
    const res = await fetch(`${em.url}/v2/remove-background`, {
      method: 'POST',
      headers: AUTH,
      body: JSON.stringify({ image: { source: { url: 'https://b.s3.amazonaws.com/a.png' } } }),
    });
    const { statusUrl } = (await res.json()) as { statusUrl: string };
    expect((await fetch(statusUrl, { headers: AUTH })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 120));
    expect((await fetch(statusUrl, { headers: AUTH })).status).toBe(404);
    expect(em.jobCount()).toBe(0);
    expect(em.storage.read('a.png')).toBeUndefined();
    expect(em.storage.keys()).toEqual([]);
  });
});

describe('emulator: outbound requests only to its own storage and allowed hosts', () => {
  async function startOther(): Promise<{ port: number; hits: string[] }> {
    const hits: string[] = [];
    const png = makeInputPng();
    other = createServer((req, res) => {
      hits.push(`${req.method} ${req.url}`);
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(req.method === 'GET' ? png : undefined);
      });
    });
    await new Promise<void>((resolve) => other!.listen(0, '127.0.0.1', resolve));
    return { port: (other.address() as AddressInfo).port, hits };
  }

  const finished = async (statusUrl: string) => {
    for (;;) {
      const json = (await (await fetch(statusUrl, { headers: AUTH })).json()) as { status: string };
      if (json.status === 'succeeded' || json.status === 'failed') return json;
      await new Promise((r) => setTimeout(r, 5));
    }
  };
  const submitV2 = async (em: Emulator, url: string) =>
    (
      (await (
        await fetch(`${em.url}/v2/remove-background`, {
          method: 'POST',
          headers: AUTH,
          body: JSON.stringify({ image: { source: { url } } }),
        })
      ).json()) as { statusUrl: string }
    ).statusUrl;
  const submitV1 = async (em: Emulator, input: string, output: string) =>
    (
      (await (
        await fetch(`${em.url}/sensei/cutout`, {
          method: 'POST',
          headers: AUTH,
          body: JSON.stringify({ input: { href: input }, output: { href: output } }),
        })
      ).json()) as { _links: { self: { href: string } } }
    )._links.self.href;

  it('refuses another loopback port (input GET and V1 output PUT) unless it is named in allowHosts', async () => {
    const { port, hits } = await startOther();
    const { em } = await start();
    em.storage.write('in.png', makeInputPng());
    const own = em.storage.url('in.png', { access: 'read' });
    const refused = await finished(await submitV2(em, `http://127.0.0.1:${port}/in.png`));
    expect(refused).toMatchObject({
      status: 'failed',
      errorDetails: [{ message: expect.stringContaining('--allow-host') }],
    });
    const v1 = (await finished(await submitV1(em, own, `http://127.0.0.1:${port}/out.png`))) as unknown as {
      errors: { title: string };
    };
    expect(v1.errors.title).toContain('--allow-host');
    // Its own host, but not its storage: refused too.
    expect(await finished(await submitV2(em, `${em.url}/_emulator/requests`))).toMatchObject({
      status: 'failed',
    });
    expect(hits).toEqual([]);
    // Its own storage is always allowed.
    expect(await finished(await submitV2(em, own))).toMatchObject({ status: 'succeeded' });
  });

  it.each([(port: number) => `127.0.0.1:${port}`, () => '127.0.0.1'])(
    'allowHosts entry %# lets jobs fetch from and write to that server',
    async (entry) => {
      const { port, hits } = await startOther();
      const { em } = await start({ allowHosts: [entry(port)] });
      expect(await finished(await submitV2(em, `http://127.0.0.1:${port}/in.png`))).toMatchObject({
        status: 'succeeded',
      });
      await finished(
        await submitV1(em, `http://127.0.0.1:${port}/in.png`, `http://127.0.0.1:${port}/out.png`),
      );
      expect(hits).toEqual(['GET /in.png', 'GET /in.png', 'PUT /out.png']);
    },
  );

  it('a host:port entry allows that port only', async () => {
    const { port, hits } = await startOther();
    const { em } = await start({ allowHosts: [`127.0.0.1:${port + 1}`] });
    expect(await finished(await submitV2(em, `http://127.0.0.1:${port}/in.png`))).toMatchObject({
      status: 'failed',
    });
    expect(hits).toEqual([]);
  });
});

describe('rb-migrate emulate: limits on the command line', () => {
  it('--help says where the emulator sends requests and lists the limits', async () => {
    const help = await runCli(['emulate', '--help']);
    expect(help.code).toBe(0);
    for (const text of [
      '--allow-host',
      'only to its own storage',
      '--max-body',
      '--max-jobs',
      '--job-ttl',
      '--max-objects',
      '--object-ttl',
    ])
      expect(help.stdout.replace(/\s+/g, ' ')).toContain(text);
  });

  it('--max-body caps bodies (413), --allow-host opens a host; bad values are usage errors', async () => {
    const bad = await runCli(['emulate', '--max-body', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--max-body');
    const child = spawn(process.execPath, [CLI, 'emulate', '--max-body', '2048', '--verbose'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('exit', () => reject(new Error('emulate exited')));
      });
      const answer = await send(`${url}/v2/remove-background`, { total: 4096, headers: AUTH });
      expect(answer.status).toBe(413);
      await new Promise((r) => setTimeout(r, 50));
      expect(stderr).toContain('POST /v2/remove-background → 413');
    } finally {
      child.kill('SIGTERM');
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import { startEmulator } from '../../src/emulator/start-emulator.ts';
import type { Emulator, EmulatorOptions } from '../../src/emulator/types.ts';
import { V1ErrorSchema, V1StatusSchema } from '../../packages/runtime/src/mapping/v1.ts';
import { V2ErrorSchema, V2StatusSchema } from '../../packages/runtime/src/mapping/v2.ts';
import { makeInputPng } from '../runtime/helpers.ts';

const AUTH = {
  authorization: 'Bearer emu-token',
  'x-api-key': 'emu-key',
  'content-type': 'application/json',
};

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function start(options: EmulatorOptions = {}): Promise<Emulator> {
  emulator = await startEmulator({ latencyMs: 5, rateLimits: false, ...options });
  return emulator;
}

async function post(em: Emulator, path: string, body: unknown, headers: Record<string, string> = AUTH) {
  const response = await fetch(`${em.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, json: (await response.json()) as any };
}

async function get(url: string, headers: Record<string, string> = AUTH) {
  const response = await fetch(url, { headers });
  return { status: response.status, json: (await response.json()) as any };
}

async function until(url: string, done: (body: any) => boolean): Promise<any> {
  for (let i = 0; i < 200; i++) {
    const { json } = await get(url);
    if (done(json)) return json;
    await new Promise((r) => setTimeout(r, 5));
  }
  throw new Error('job did not finish');
}

const finished = (b: any) => b.status === 'succeeded' || b.status === 'failed';

describe('V1 emulation', () => {
  it.each([
    ['cutout', 'external'],
    ['mask', 'azure'],
    ['cutout', 'dropbox'],
  ] as const)(
    '%s writes the result to output.href (%s) and reports the documented status',
    async (endpoint, storage) => {
      const em = await start();
      const input = makeInputPng();
      em.storage.write('in/p.png', input);
      const body = {
        input: { href: em.storage.url('in/p.png', { access: 'read' }), storage: 'external' },
        output: { href: em.storage.url('out/v1.png', { storage }), storage },
      };
      const accepted = await post(em, `/sensei/${endpoint}`, body);
      expect(accepted.status).toBe(202);
      const statusUrl: string = accepted.json._links.self.href;
      expect(statusUrl).toMatch(new RegExp(`^${em.url}/sensei/status/[0-9a-f-]{36}$`));

      const final = await until(statusUrl, finished);
      expect(V1StatusSchema.parse(final)).toBeTruthy();
      expect(final).toMatchObject({ status: 'succeeded', input: body.input.href, output: body.output });
      expect(final.jobID).toBe(statusUrl.split('/').pop());
      expect(final._links.self.href).toBe(statusUrl);
      expect(em.storage.read('out/v1.png')).toEqual(renderResultPng(input, { mode: endpoint }));
      expect(em.storage.writes('out/v1.png')).toBe(1);
    },
  );

  it('honours V1 mask.format binary and color.space rgb (V1-only options)', async () => {
    const em = await start();
    const input = makeInputPng();
    em.storage.write('in/p.png', input);
    const href = em.storage.url('in/p.png', { access: 'read' });
    await until(
      (
        await post(em, '/sensei/mask', {
          input: { href },
          output: { href: em.storage.url('m.png'), mask: { format: 'binary' } },
        })
      ).json._links.self.href,
      finished,
    );
    await until(
      (
        await post(em, '/sensei/cutout', {
          input: { href },
          output: { href: em.storage.url('c.png'), color: { space: 'rgb' } },
        })
      ).json._links.self.href,
      finished,
    );
    const mask = PNG.sync.read(em.storage.read('m.png')!);
    expect(new Set(mask.data.filter((_, i) => i % 4 === 0))).toEqual(new Set([0, 255]));
    const rgb = PNG.sync.read(em.storage.read('c.png')!);
    expect(rgb.data.filter((_, i) => i % 4 === 3).every((a) => a === 255)).toBe(true);
    expect(em.storage.read('c.png')).toEqual(renderResultPng(input, { mode: 'cutout', opaque: true }));
  });

  it('a failed write to output.href fails the job with V1 errors', async () => {
    const em = await start();
    em.storage.write('in/p.png', makeInputPng());
    const href = em.storage.url('in/p.png', { access: 'read' });
    const badOut = em.storage.url('o.png').replace('X-Amz-Signature=', 'X-Amz-Signature=0');
    const final = await until(
      (await post(em, '/sensei/cutout', { input: { href }, output: { href: badOut } })).json._links.self.href,
      finished,
    );
    expect(final.status).toBe('failed');
    expect(final.errors).toMatchObject({ code: 'runtime_error', title: expect.stringContaining('403') });
    expect(V1StatusSchema.safeParse(final).success).toBe(true);
  });
});

describe('V2 emulation', () => {
  it('hosts the result at an emulator URL; V1 and V2 results are byte-identical', async () => {
    const em = await start();
    const input = makeInputPng(3);
    em.storage.write('in/p.png', input);
    const href = em.storage.url('in/p.png', { access: 'read' });
    for (const mode of ['cutout', 'mask'] as const) {
      const accepted = await post(em, '/v2/remove-background', { image: { source: { url: href } }, mode });
      expect(accepted.status).toBe(202);
      expect(Object.keys(accepted.json).sort()).toEqual(['jobId', 'statusUrl']);
      const final = await until(accepted.json.statusUrl, finished);
      expect(V2StatusSchema.parse(final)).toMatchObject({ jobId: accepted.json.jobId, status: 'succeeded' });
      const output = final.result.outputs[0];
      expect(output.mediaType).toBe('image/png');
      expect(output.destination.url.startsWith(`${em.url}/`)).toBe(true);
      const v2Bytes = Buffer.from(await (await fetch(output.destination.url)).arrayBuffer());

      const v1 = await post(em, `/sensei/${mode}`, {
        input: { href },
        output: { href: em.storage.url(`v1-${mode}.png`) },
      });
      await until(v1.json._links.self.href, finished);
      expect(v2Bytes).toEqual(em.storage.read(`v1-${mode}.png`));
      expect(v2Bytes).toEqual(renderResultPng(input, { mode }));
    }
  });

  it('result URLs expire after resultTtlMs', async () => {
    const em = await start({ resultTtlMs: 1 });
    em.storage.write('in/p.png', makeInputPng());
    const href = em.storage.url('in/p.png', { access: 'read' });
    const accepted = await post(em, '/v2/remove-background', { image: { source: { url: href } } });
    const final = await until(accepted.json.statusUrl, finished);
    await new Promise((r) => setTimeout(r, 5));
    expect((await fetch(final.result.outputs[0].destination.url)).status).toBe(403);
  });

  it('failRate 1: failed with errorDetails', async () => {
    const em = await start({ failRate: 1 });
    em.storage.write('in/p.png', makeInputPng());
    const href = em.storage.url('in/p.png', { access: 'read' });
    const final = await until(
      (await post(em, '/v2/remove-background', { image: { source: { url: href } } })).json.statusUrl,
      finished,
    );
    expect(final).toMatchObject({ status: 'failed', errorDetails: [{ errorCode: 'runtime_error' }] });
    expect(final.result).toBeUndefined();
  });

  it('enforces the input-host allowlist, accepting its own host only when asked', async () => {
    const em = await start({ acceptOwnHost: false });
    em.storage.write('in/p.png', makeInputPng());
    const own = await post(em, '/v2/remove-background', {
      image: { source: { url: em.storage.url('in/p.png', { access: 'read' }) } },
    });
    expect(own.status).toBe(400);
    const other = await post(em, '/v2/remove-background', {
      image: { source: { url: 'https://raw.githubusercontent.com/a.png' } },
    });
    expect(other.status).toBe(400);
    expect(V2ErrorSchema.parse(other.json).errors?.[0]).toMatchObject({ path: 'image.source.url' });
    const allowed = await post(em, '/v2/remove-background', {
      image: { source: { url: 'https://b.s3.amazonaws.com/a.png' } },
    });
    expect(allowed.status).toBe(202);
    // Accepted, but the emulator does not reach the internet: the job fails instead.
    const final = await until(allowed.json.statusUrl, finished);
    expect(final).toMatchObject({
      status: 'failed',
      errorDetails: [{ message: expect.stringContaining('allow-host') }],
    });
  });
});

describe('validation, auth, unknown jobs, rate limits', () => {
  it('400 with paths in both dialects; invalid JSON', async () => {
    const em = await start();
    const v2 = await post(em, '/v2/remove-background', { image: {}, mode: 'sketch' });
    expect(v2.status).toBe(400);
    const v2err = V2ErrorSchema.parse(v2.json);
    expect(v2err.error_code).toBe('validation_error');
    expect(v2err.errors?.map((e) => e.path)).toEqual(expect.arrayContaining(['image.source', 'mode']));
    const v1 = await post(em, '/sensei/cutout', { input: { href: 'x' } });
    expect(v1.status).toBe(400);
    const v1err = V1ErrorSchema.parse(v1.json);
    expect(v1err.type).toBe('InputValidationError');
    expect(v1err.details).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'output' })]));
    const bad = await post(em, '/v2/remove-background', '{not json');
    expect(bad).toMatchObject({ status: 400, json: { error_code: 'invalid_json' } });
    expect(em.jobCount()).toBe(0);
  });

  it('401 for missing or invalid Authorization / x-api-key', async () => {
    const em = await start({ credentials: { apiKey: 'emu-key', token: 'emu-token' } });
    const body = { image: { source: { url: 'https://b.s3.amazonaws.com/a.png' } } };
    const cases: Record<string, string>[] = [
      { 'x-api-key': 'emu-key' },
      { authorization: 'emu-token', 'x-api-key': 'emu-key' },
      { authorization: 'Bearer emu-token' },
      { authorization: 'Bearer wrong', 'x-api-key': 'emu-key' },
      { authorization: 'Bearer emu-token', 'x-api-key': 'wrong' },
    ];
    for (const headers of cases) {
      const r = await post(em, '/v2/remove-background', body, headers);
      expect(r).toMatchObject({ status: 401, json: { error_code: 'unauthorized' } });
    }
    const v1 = await post(em, '/sensei/mask', {}, {});
    expect(v1).toMatchObject({ status: 401, json: { type: 'InvalidAuthTokenError' } });
    expect((await post(em, '/v2/remove-background', body)).status).toBe(202);
  });

  it('404 for unknown jobs, in each version', async () => {
    const em = await start();
    expect(await get(`${em.url}/v2/status/urn%3Aff%3Ajobs%3Anope`)).toMatchObject({
      status: 404,
      json: { error_code: 'unknown_job_id' },
    });
    expect(await get(`${em.url}/sensei/status/00000000-0000-0000-0000-000000000000`)).toMatchObject({
      status: 404,
      json: { type: 'ResourceNotFound' },
    });
  });

  it('429 with Retry-After above the documented POST rate limit', async () => {
    const em = await startEmulator({ latencyMs: 5 });
    emulator = em;
    const body = { image: { source: { url: 'https://b.s3.amazonaws.com/a.png' } } };
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const r = await post(em, '/v2/remove-background', body);
      statuses.push(r.status);
      if (r.status === 429) {
        retryAfter = r.headers.get('retry-after');
        expect(r.json.error_code).toBe('unauthorized_rate_limited');
      }
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(3);
  });

  it('injected 500 answers with the documented body', async () => {
    const em = await start();
    em.inject({ route: 'v1.submit', action: { kind: 'status', status: 500 } });
    const r = await post(em, '/sensei/cutout', {});
    expect(r).toMatchObject({ status: 500, json: { type: 'InternalServerError' } });
  });
});

describe('storage', () => {
  it('enforces signatures, expiry, Azure x-ms-blob-type, Dropbox octet-stream and Content-Length', async () => {
    const em = await start();
    const png = new Uint8Array(makeInputPng());
    const put = (url: string, init: RequestInit) => fetch(url, init).then((r) => r.status);
    const azure = em.storage.url('a.png', { storage: 'azure' });
    expect(await put(azure, { method: 'PUT', body: png })).toBe(400);
    expect(await put(azure, { method: 'PUT', body: png, headers: { 'x-ms-blob-type': 'BlockBlob' } })).toBe(
      201,
    );
    const dropbox = em.storage.url('d.png', { storage: 'dropbox' });
    expect(await put(dropbox, { method: 'POST', body: png, headers: { 'content-type': 'image/png' } })).toBe(
      400,
    );
    expect(
      await put(dropbox, {
        method: 'POST',
        body: png,
        headers: { 'content-type': 'application/octet-stream' },
      }),
    ).toBe(200);
    // A Dropbox temporary upload link takes one upload (the refused one above did not use it up).
    expect(
      await put(dropbox, {
        method: 'POST',
        body: png,
        headers: { 'content-type': 'application/octet-stream' },
      }),
    ).toBe(409);
    const s3 = em.storage.url('s.png');
    expect(
      await put(s3.replace(/X-Amz-Signature=./, 'X-Amz-Signature=z'), { method: 'PUT', body: png }),
    ).toBe(403);
    expect(await put(em.storage.url('s.png', { access: 'read' }), { method: 'PUT', body: png })).toBe(403);
    const stream = new ReadableStream({ start: (c) => (c.enqueue(png), c.close()) });
    expect(await put(s3, { method: 'PUT', body: stream, duplex: 'half' } as RequestInit)).toBe(411);
    expect(await put(s3, { method: 'PUT', body: png })).toBe(200);
    expect(em.storage.read('s.png')).toEqual(Buffer.from(png));
    expect(em.storage.read('a.png')).toEqual(Buffer.from(png));
    expect(em.storage.read('d.png')).toEqual(Buffer.from(png));
    const expired = em.storage.url('s.png', { access: 'read', expiresInMs: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect((await fetch(expired)).status).toBe(403);
    const back = new Uint8Array(
      await (await fetch(em.storage.url('s.png', { access: 'read' }))).arrayBuffer(),
    );
    expect(back).toEqual(png);
  });

  it('drops connections at the configured rate, deterministically per seed', async () => {
    const outcomes = async (seed: number) => {
      const em = await startEmulator({ dropConnections: 0.5, seed, rateLimits: false });
      const list: string[] = [];
      for (let i = 0; i < 12; i++) {
        list.push(
          await fetch(`${em.url}/v2/status/x`, { headers: AUTH }).then(
            (r) => String(r.status),
            () => 'dropped',
          ),
        );
      }
      await em.close();
      return list;
    };
    const a = await outcomes(7);
    expect(a).toContain('dropped');
    expect(a).toContain('404');
    expect(await outcomes(7)).toEqual(a);
  });
});

describe('renderResultPng', () => {
  it('is deterministic, keeps the input pixels and derives non-PNG inputs from their bytes', () => {
    const input = makeInputPng();
    const cutout = PNG.sync.read(renderResultPng(input, { mode: 'cutout' }));
    const source = PNG.sync.read(input);
    expect([cutout.width, cutout.height]).toEqual([source.width, source.height]);
    // Background (top-left colour) is transparent, the subject opaque, RGB kept.
    expect(cutout.data[3]).toBe(0);
    const subject = (1 * 6 + 2) * 4;
    expect(cutout.data[subject + 3]).toBe(255);
    expect(cutout.data.subarray(subject, subject + 3)).toEqual(source.data.subarray(subject, subject + 3));
    expect(renderResultPng(input, { mode: 'mask' })).toEqual(renderResultPng(input, { mode: 'mask' }));
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    expect(renderResultPng(jpeg, { mode: 'cutout' })).toEqual(renderResultPng(jpeg, { mode: 'cutout' }));
    expect(renderResultPng(jpeg, { mode: 'cutout' })).not.toEqual(
      renderResultPng(Buffer.from('other'), { mode: 'cutout' }),
    );
  });
});

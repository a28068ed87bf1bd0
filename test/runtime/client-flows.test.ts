import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import type { Emulator } from '../../src/emulator/types.ts';
import { RemoveBackgroundError } from '../../packages/runtime/src/runtime/errors.ts';
import type { UploadStorage } from '../../packages/runtime/src/mapping/transport.ts';
import { FAST_WAIT, makeClient, makeInputPng, putInput, startTestEmulator } from './helpers.ts';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startTestEmulator();
});
afterEach(async () => emulator.close());

const STORAGES: UploadStorage[] = ['external', 'azure', 'dropbox'];
const ENDPOINTS = ['cutout', 'mask'] as const;

describe('runV1: V1 semantics on V2, delivered to every storage kind', () => {
  for (const endpoint of ENDPOINTS) {
    for (const storage of STORAGES) {
      it(`${endpoint} → ${storage}`, async () => {
        const input = makeInputPng();
        const uploads: { method: string; headers: Headers }[] = [];
        const { client } = makeClient(emulator, {
          fetch: (url, init) => {
            if (init?.method === 'PUT' || init?.method === 'POST') {
              if (!String(url).includes('/v2/'))
                uploads.push({ method: init.method, headers: new Headers(init.headers) });
            }
            return fetch(url, init);
          },
        });
        const href = putInput(emulator, 'in/photo.png', input);
        const out = emulator.storage.url(`out/${endpoint}-${storage}.png`, { storage });
        const result = await client.runV1(
          { input: { href, storage: 'external' }, output: { href: out, storage } },
          { endpoint, wait: FAST_WAIT },
        );

        const delivered = emulator.storage.read(`out/${endpoint}-${storage}.png`);
        expect(delivered).toEqual(renderResultPng(input, { mode: endpoint }));
        expect(emulator.storage.writes(`out/${endpoint}-${storage}.png`)).toBe(1);
        expect(result.request.mode).toBe(endpoint);
        expect(result.status).toMatchObject({
          status: 'succeeded',
          jobID: result.job.jobId,
          jobId: result.job.jobId,
          output: { href: out, storage },
          _links: { self: { href: result.job.statusUrl } },
        });
        expect(result.delivered).toMatchObject({ storage, bytes: delivered?.length, mediaType: 'image/png' });
        expect(result.diagnostics.map((d) => d.code)).toContain('RB110');
        // The wire protocol of each storage, pinned literally (the emulator reads the same spec table).
        expect(uploads).toHaveLength(1);
        const upload = uploads[0]!;
        expect(upload.headers.get('content-length')).toBe(String(delivered?.length));
        if (storage === 'azure') {
          expect(upload.method).toBe('PUT');
          expect(upload.headers.get('x-ms-blob-type')).toBe('BlockBlob');
          expect(upload.headers.get('content-type')).toBe('image/png');
        } else if (storage === 'dropbox') {
          expect(upload.method).toBe('POST');
          expect(upload.headers.get('content-type')).toBe('application/octet-stream');
        } else {
          expect(upload.method).toBe('PUT');
          expect(upload.headers.get('content-type')).toBe('image/png');
          expect(upload.headers.get('x-ms-blob-type')).toBeNull();
        }
        // V2 is what ran: one V2 job, no V1 job.
        expect(emulator.jobCount('v2')).toBe(1);
        expect(emulator.jobCount('v1')).toBe(0);
      });
    }
  }
});

describe('submit / waitForJob / deliver', () => {
  it('polls the statusUrl exactly as returned (job ids contain colons)', async () => {
    const seen: string[] = [];
    const { client } = makeClient(emulator, {
      fetch: (url, init) => {
        seen.push(`${init?.method ?? 'GET'} ${String(url)}`);
        return fetch(url, init);
      },
    });
    const href = putInput(emulator, 'in/a.png', makeInputPng());
    const job = await client.submit({ image: { source: { url: href } }, mode: 'mask' });
    expect(job.jobId).toContain(':');
    const status = await client.waitForJob(job, FAST_WAIT);
    expect(status.status).toBe('succeeded');
    const polls = seen.filter((s) => s.startsWith('GET '));
    expect(polls.length).toBeGreaterThan(0);
    for (const poll of polls) expect(poll).toBe(`GET ${job.statusUrl}`);
  });

  it('sends Authorization: Bearer, x-api-key and Content-Type, and a fresh token from getToken', async () => {
    const headers: Headers[] = [];
    let calls = 0;
    const { client } = makeClient(emulator, {
      token: undefined,
      getToken: async () => `rotating-token-${++calls}`,
      userAgent: 'rb-migrate-test/1',
      fetch: (url, init) => {
        if (String(url).includes('/v2/')) headers.push(new Headers(init?.headers));
        return fetch(url, init);
      },
    });
    const href = putInput(emulator, 'in/a.png', makeInputPng());
    await client.waitForJob(await client.submit({ image: { source: { url: href } } }), FAST_WAIT);
    expect(headers[0]?.get('authorization')).toBe('Bearer rotating-token-1');
    expect(headers[0]?.get('x-api-key')).toBe('test-api-key-SECRET-4f1e2d');
    expect(headers[0]?.get('content-type')).toBe('application/json');
    expect(headers[0]?.get('user-agent')).toBe('rb-migrate-test/1');
    expect(headers[1]?.get('authorization')).toBe('Bearer rotating-token-2');
    expect(headers[1]?.get('content-type')).toBeNull();
  });

  it('rejects an invalid V2 body before sending anything', async () => {
    const { client } = makeClient(emulator);
    const error = await client
      .submit({ image: { source: {} }, output: { href: 'x' } } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoveBackgroundError);
    expect(error).toMatchObject({ code: 'INVALID_REQUEST' });
    expect((error as RemoveBackgroundError).issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(['image.source.url', 'output']),
    );
    expect(emulator.requests).toHaveLength(0);
  });

  it('maps API errors to typed errors with httpStatus and the V2 error_code', async () => {
    const { client } = makeClient(emulator);
    const error = await client
      .submit({ image: { source: { url: 'https://example.com/cat.png' } } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'HTTP_ERROR', httpStatus: 400, errorCode: 'validation_error' });
    expect((error as RemoveBackgroundError).apiError?.errors?.[0]).toMatchObject({
      path: 'image.source.url',
    });

    const missing = await client
      .waitForJob({ jobId: 'nope', statusUrl: `${emulator.url}/v2/status/nope` }, FAST_WAIT)
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ code: 'JOB_NOT_FOUND', httpStatus: 404, errorCode: 'unknown_job_id' });
  });

  it('AUTH_FAILED when the API rejects the credentials', async () => {
    await emulator.close();
    emulator = await startTestEmulator({ credentials: { token: 'the-right-token' } });
    const { client } = makeClient(emulator);
    const href = putInput(emulator, 'in/a.png', makeInputPng());
    const error = await client.submit({ image: { source: { url: href } } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'AUTH_FAILED', httpStatus: 401, errorCode: 'unauthorized' });
  });

  it('runV1 returns a V1 error body on API errors, and refuses Creative Cloud outputs before submitting', async () => {
    const { client } = makeClient(emulator);
    const error = await client
      .runV1({ input: { href: 'https://github.com/x.png' }, output: { href: emulator.storage.url('o') } })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'HTTP_ERROR',
      httpStatus: 400,
      v1Error: { type: 'InputValidationError', code: 'validation_error' },
    });
    const cc = await client
      .runV1({
        input: { href: putInput(emulator, 'i', makeInputPng()) },
        output: { href: '/files/o.png', storage: 'adobe' },
      })
      .catch((e: unknown) => e);
    expect(cc).toMatchObject({ code: 'UNSUPPORTED_STORAGE' });
    expect(emulator.jobCount()).toBe(0);
  });

  it('runV1 rejects invalid V1 bodies and, with strict, lossy translations, without sending', async () => {
    const { client } = makeClient(emulator);
    await expect(client.runV1({ input: {} })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
    const lossy = await client
      .runV1(
        {
          input: { href: 'https://bucket.s3.amazonaws.com/a.png' },
          output: { href: 'https://x/o', mask: { format: 'binary' } },
        },
        { endpoint: 'mask', strict: true },
      )
      .catch((e: unknown) => e);
    expect(lossy).toMatchObject({ code: 'TRANSLATION_LOSSY' });
    expect((lossy as RemoveBackgroundError).diagnostics?.map((d) => d.code)).toContain('RB120');
    expect(emulator.requests).toHaveLength(0);
  });
});

describe('no double delivery', () => {
  it('delivers once even when polling saw errors, and refuses a second deliver unless forced', async () => {
    emulator.inject({ route: 'v2.status', action: { kind: 'status', status: 500 }, times: 2 });
    const { client } = makeClient(emulator);
    const href = putInput(emulator, 'in/a.png', makeInputPng());
    const out = emulator.storage.url('out/once.png', { storage: 'dropbox' });
    const result = await client.runV1(
      { input: { href }, output: { href: out, storage: 'dropbox' } },
      { wait: FAST_WAIT },
    );
    expect(emulator.storage.writes('out/once.png')).toBe(1);

    const again = await client
      .deliver(result.v2Status, { href: out, storage: 'dropbox' })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'ALREADY_DELIVERED', jobId: result.job.jobId });
    expect(emulator.storage.writes('out/once.png')).toBe(1);

    // Forced, it uploads again; a Dropbox temporary upload link takes one upload, so the storage refuses it.
    const forced = await client
      .deliver(result.v2Status, { href: out, storage: 'dropbox' }, { force: true })
      .catch((e: unknown) => e);
    expect(forced).toMatchObject({ code: 'UPLOAD_FAILED', httpStatus: 409 });
    expect(emulator.storage.writes('out/once.png')).toBe(1);
    const azure = emulator.storage.url('out/once.png', { storage: 'azure' });
    await client.deliver(result.v2Status, { href: azure, storage: 'azure' });
    await client.deliver(result.v2Status, { href: azure, storage: 'azure' }, { force: true });
    expect(emulator.storage.writes('out/once.png')).toBe(3);
  });

  it('a rejected upload is UPLOAD_FAILED and may be retried (the guard only remembers successes)', async () => {
    const { client } = makeClient(emulator);
    const href = putInput(emulator, 'in/a.png', makeInputPng());
    const status = await client.waitForJob(
      await client.submit({ image: { source: { url: href } } }),
      FAST_WAIT,
    );
    const out = emulator.storage.url('out/retry.png');
    emulator.inject({ route: 'storage', method: 'PUT', action: { kind: 'status', status: 503 } });
    const error = await client.deliver(status, { href: out }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UPLOAD_FAILED', httpStatus: 503, jobId: status.jobId });
    expect(emulator.storage.writes('out/retry.png')).toBe(0);
    await client.deliver(status, { href: out });
    expect(emulator.storage.writes('out/retry.png')).toBe(1);
  });
});

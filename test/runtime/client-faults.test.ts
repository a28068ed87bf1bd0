import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator, EmulatorOptions } from '../../src/emulator/types.ts';
import type { RemoveBackgroundError } from '../../packages/runtime/src/runtime/errors.ts';
import type { V2Request } from '../../packages/runtime/src/mapping/v2.ts';
import { FAST_WAIT, makeClient, makeInputPng, putInput, startTestEmulator } from './helpers.ts';

let emulator: Emulator | undefined;
afterEach(async () => {
  await emulator?.close();
  emulator = undefined;
});

async function setup(options: EmulatorOptions = {}) {
  emulator = await startTestEmulator(options);
  const body: V2Request = { image: { source: { url: putInput(emulator, 'in/a.png', makeInputPng()) } } };
  return { emulator, body, ...makeClient(emulator) };
}

const count = (em: Emulator, route: string, outcome?: number | 'dropped') =>
  em.requests.filter((r) => r.route === route && (outcome === undefined || r.outcome === outcome)).length;

describe('rate limiting (429 + Retry-After)', () => {
  it('submit waits for Retry-After, then succeeds', async () => {
    const {
      emulator: em,
      client,
      body,
      events,
    } = await setup({
      rateLimits: { windowMs: 1000, post: { hard: 1 }, get: { hard: 1000 } },
    });
    await client.submit(body);
    const job = await client.submit(body, { retryDelayMs: 1 });
    expect(job.jobId).toBeTruthy();
    expect(em.requests.filter((r) => r.route === 'v2.submit').map((r) => r.outcome)).toEqual([202, 429, 202]);
    // Retry-After: 1 (seconds) was honoured rather than the 1 ms backoff.
    expect(events.find((e) => e.type === 'retry')).toMatchObject({ delayMs: 1000, reason: 'HTTP 429' });
  });

  it('RATE_LIMITED when the retry budget is spent, with the V2 error code', async () => {
    const { emulator: em, client, body } = await setup();
    em.inject({
      route: 'v2.submit',
      action: { kind: 'status', status: 429, retryAfterSeconds: 0 },
      times: 5,
    });
    const error = await client.submit(body, { maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'RATE_LIMITED',
      httpStatus: 429,
      errorCode: 'unauthorized_rate_limited',
    });
    expect(count(em, 'v2.submit')).toBe(3);
    expect(em.jobCount()).toBe(0);
  });

  it('polling honours 429/503 Retry-After', async () => {
    const { emulator: em, client, body, events } = await setup();
    const job = await client.submit(body);
    em.inject({ route: 'v2.status', action: { kind: 'status', status: 503, retryAfterSeconds: 0 } });
    em.inject({ route: 'v2.status', action: { kind: 'status', status: 429, retryAfterSeconds: 0 } });
    const status = await client.waitForJob(job, FAST_WAIT);
    expect(status.status).toBe('succeeded');
    expect(count(em, 'v2.status', 503)).toBe(1);
    expect(count(em, 'v2.status', 429)).toBe(1);
    expect(events.filter((e) => e.type === 'retry' && e.delayMs === 0)).toHaveLength(2);
  });
});

describe('server errors while polling', () => {
  it('500s then success', async () => {
    const { emulator: em, client, body } = await setup();
    const job = await client.submit(body);
    em.inject({ route: 'v2.status', action: { kind: 'status', status: 500 }, times: 3 });
    const status = await client.waitForJob(job, FAST_WAIT);
    expect(status.status).toBe('succeeded');
    expect(count(em, 'v2.status', 500)).toBe(3);
  });

  it('gives up after maxRetries consecutive 5xx with HTTP_ERROR', async () => {
    const { emulator: em, client, body } = await setup();
    const job = await client.submit(body);
    em.inject({ route: 'v2.status', action: { kind: 'status', status: 502 }, times: 10 });
    const error = await client.waitForJob(job, { ...FAST_WAIT, maxRetries: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'HTTP_ERROR', httpStatus: 502, jobId: job.jobId });
    expect(count(em, 'v2.status')).toBe(3);
  });

  it('a 500 on submit is not retried by default (the job may exist)', async () => {
    const { emulator: em, client, body } = await setup();
    em.inject({ route: 'v2.submit', action: { kind: 'status', status: 500 } });
    await expect(client.submit(body, { retryDelayMs: 1 })).rejects.toMatchObject({
      code: 'HTTP_ERROR',
      httpStatus: 500,
    });
    expect(count(em, 'v2.submit')).toBe(1);
  });
});

describe('timeouts and cancellation', () => {
  it('TIMEOUT when the job does not finish within timeoutMs', async () => {
    const { client, body } = await setup({ latencyMs: 60_000 });
    const job = await client.submit(body);
    const error = await client.waitForJob(job, { ...FAST_WAIT, timeoutMs: 80 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'TIMEOUT', jobId: job.jobId });
  });

  it('ABORTED when the caller aborts while polling', async () => {
    const { client, body } = await setup({ latencyMs: 60_000 });
    const job = await client.submit(body);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 40);
    const error = await client
      .waitForJob(job, { ...FAST_WAIT, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ABORTED' });
  });

  it('an already-aborted signal sends nothing', async () => {
    const { emulator: em, client, body } = await setup();
    const controller = new AbortController();
    controller.abort();
    await expect(client.submit(body, { signal: controller.signal })).rejects.toMatchObject({
      code: 'ABORTED',
    });
    await expect(
      client.runV1(
        { input: { href: body.image.source.url }, output: { href: em.storage.url('o') } },
        { signal: controller.signal },
      ),
    ).rejects.toMatchObject({ code: 'ABORTED' });
    expect(em.requests).toHaveLength(0);
  });
});

describe('dropped connections', () => {
  it('during POST after the job was created: SUBMIT_OUTCOME_UNKNOWN, never re-sent', async () => {
    const { emulator: em, client, body } = await setup();
    em.inject({ route: 'v2.submit', action: { kind: 'drop', when: 'after' } });
    const error = await client.submit(body, { retryDelayMs: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SUBMIT_OUTCOME_UNKNOWN' });
    expect((error as RemoveBackgroundError).message).toMatch(/may have been created/);
    expect(count(em, 'v2.submit')).toBe(1);
    expect(em.jobCount('v2')).toBe(1); // the orphan job the policy refuses to duplicate
  });

  it('during POST before handling: still SUBMIT_OUTCOME_UNKNOWN (the client cannot tell the difference)', async () => {
    const { emulator: em, client, body } = await setup();
    em.inject({ route: 'v2.submit', action: { kind: 'drop', when: 'before' } });
    await expect(client.submit(body)).rejects.toMatchObject({ code: 'SUBMIT_OUTCOME_UNKNOWN' });
    expect(count(em, 'v2.submit')).toBe(1);
    expect(em.jobCount()).toBe(0);
  });

  it('retryUnknownOutcome opts in to re-sending (and so to a duplicate job)', async () => {
    const { emulator: em, client, body } = await setup();
    em.inject({ route: 'v2.submit', action: { kind: 'drop', when: 'after' } });
    const job = await client.submit(body, { retryUnknownOutcome: true, retryDelayMs: 1 });
    expect(job.jobId).toBeTruthy();
    expect(count(em, 'v2.submit')).toBe(2);
    expect(em.jobCount('v2')).toBe(2);
  });

  it('connection refused (nothing sent) is retried, then NETWORK_ERROR', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    emulator = await startTestEmulator();
    let attempts = 0;
    const { client } = makeClient(emulator, {
      baseUrl: `http://127.0.0.1:${port}`,
      fetch: (url, init) => {
        attempts++;
        return fetch(url, init);
      },
    });
    const error = await client
      .submit(
        { image: { source: { url: 'https://b.s3.amazonaws.com/a.png' } } },
        { maxRetries: 2, retryDelayMs: 1 },
      )
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(attempts).toBe(3);
  });

  it('during polling: retried, then success', async () => {
    const { emulator: em, client, body } = await setup();
    const job = await client.submit(body);
    em.inject({ route: 'v2.status', action: { kind: 'drop', when: 'before' }, times: 2 });
    const status = await client.waitForJob(job, FAST_WAIT);
    expect(status.status).toBe('succeeded');
    expect(count(em, 'v2.status', 'dropped')).toBe(2);
  });

  it('during polling: NETWORK_ERROR once the budget is spent', async () => {
    const { emulator: em, client, body } = await setup();
    const job = await client.submit(body);
    em.inject({ route: 'v2.status', action: { kind: 'drop', when: 'after' }, times: 10 });
    await expect(client.waitForJob(job, { ...FAST_WAIT, maxRetries: 1 })).rejects.toMatchObject({
      code: 'NETWORK_ERROR',
      jobId: job.jobId,
    });
    expect(count(em, 'v2.status', 'dropped')).toBe(2);
  });
});

describe('results and jobs', () => {
  it('expired result URL: RESULT_EXPIRED, nothing uploaded', async () => {
    const { emulator: em, client, body } = await setup({ resultTtlMs: 1 });
    const status = await client.waitForJob(await client.submit(body), FAST_WAIT);
    await new Promise((r) => setTimeout(r, 10));
    const out = em.storage.url('out/late.png');
    const error = await client.deliver(status, { href: out }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RESULT_EXPIRED', httpStatus: 403, jobId: status.jobId });
    expect(em.storage.writes('out/late.png')).toBe(0);
  });

  it('failed job: JOB_FAILED with the V2 error details; runV1 returns a V1 failed status and uploads nothing', async () => {
    const { emulator: em, client, body } = await setup({ failRate: 1 });
    const job = await client.submit(body);
    const error = await client.waitForJob(job, FAST_WAIT).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'JOB_FAILED', errorCode: 'runtime_error', jobId: job.jobId });
    expect((error as RemoveBackgroundError).status?.status).toBe('failed');

    const out = em.storage.url('out/never.png');
    const result = await client.runV1(
      { input: { href: body.image.source.url }, output: { href: out } },
      { endpoint: 'mask', wait: FAST_WAIT },
    );
    expect(result.status).toMatchObject({
      status: 'failed',
      errors: { code: 'runtime_error' },
      output: { href: out },
    });
    expect(result.delivered).toBeUndefined();
    expect(em.storage.writes('out/never.png')).toBe(0);
  });

  it('upload rejected by the storage: UPLOAD_FAILED with the storage status', async () => {
    const { emulator: em, client, body } = await setup();
    const status = await client.waitForJob(await client.submit(body), FAST_WAIT);
    // An Azure SAS URL declared as "external": no x-ms-blob-type header, so Azure says 400.
    const azure = em.storage.url('out/az.png', { storage: 'azure' });
    await expect(client.deliver(status, { href: azure, storage: 'external' })).rejects.toMatchObject({
      code: 'UPLOAD_FAILED',
      httpStatus: 400,
    });
    // A tampered presigned URL: 403.
    const tampered = em.storage.url('out/s3.png').replace(/X-Amz-Signature=[0-9a-f]/, 'X-Amz-Signature=z');
    await expect(client.deliver(status, { href: tampered })).rejects.toMatchObject({
      code: 'UPLOAD_FAILED',
      httpStatus: 403,
    });
    expect(em.storage.writes('out/az.png') + em.storage.writes('out/s3.png')).toBe(0);
  });
});

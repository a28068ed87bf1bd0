import { afterAll, expect, it } from 'vitest';
import * as lib from '../../src/index.ts';
import { makeInputPng } from './helpers.ts';

let close: (() => Promise<void>) | undefined;
afterAll(async () => close?.());

it('the library entry exports the client, its errors, redaction and the emulator, and they work together', async () => {
  expect(typeof lib.createRemoveBackgroundClient).toBe('function');
  expect(typeof lib.isRemoveBackgroundError).toBe('function');
  expect(lib.redactSecrets('x?sig=abc')).toBe(`x?sig=${lib.REDACTED}`);
  expect(typeof lib.toV2).toBe('function');

  const emulator = await lib.startEmulator({ latencyMs: 1 });
  close = () => emulator.close();
  const input = makeInputPng(9);
  emulator.storage.write('in.png', input);
  const client = lib.createRemoveBackgroundClient({ apiKey: 'k', token: 't', baseUrl: emulator.url });
  const result = await client.runV1(
    {
      input: { href: emulator.storage.url('in.png', { access: 'read' }) },
      output: { href: emulator.storage.url('out.png') },
    },
    { endpoint: 'mask', wait: { pollIntervalMs: 2, maxPollIntervalMs: 10 } },
  );
  expect(result.status.status).toBe('succeeded');
  expect(emulator.storage.read('out.png')).toEqual(lib.renderResultPng(input, { mode: 'mask' }));
  const error = await client.submit({ image: {} } as never).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(lib.RemoveBackgroundError);
});

it('the runtime entry exports the compatibility layer (what a compat rewrite imports) and the root the gateway', async () => {
  const runtime = await import('../../packages/runtime/src/runtime/index.ts');
  for (const name of [
    'v1Fetch',
    'createV1Fetch',
    'v1AxiosAdapter',
    'createV1AxiosAdapter',
    'createCompatCore',
  ] as const) {
    expect(typeof runtime[name], name).toBe('function');
  }
  expect(typeof lib.startGateway).toBe('function');
  // v1Fetch passes a request that is not V1 straight to the platform fetch (here: a refused connection).
  await expect(runtime.v1Fetch('http://127.0.0.1:1/other')).rejects.toThrow();
});

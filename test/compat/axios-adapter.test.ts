import axios from 'axios';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import type { Emulator } from '../../src/emulator/types.ts';
import { createV1AxiosAdapter } from '../../packages/runtime/src/runtime/compat/create-v1-axios-adapter.ts';
import type { CompatWarning } from '../../packages/runtime/src/runtime/compat/types.ts';
import { API_KEY, makeInputPng, putInput, startTestEmulator, TOKEN } from '../runtime/helpers.ts';

const input = makeInputPng(3);
let emu: Emulator;
beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

function client(options: Parameters<typeof createV1AxiosAdapter>[0] = {}) {
  const warnings: CompatWarning[] = [];
  const api = axios.create({
    baseURL: emu.url,
    headers: { Authorization: `Bearer ${TOKEN}`, 'x-api-key': API_KEY },
    adapter: createV1AxiosAdapter({
      v1Hosts: [emu.url],
      upstream: emu.url,
      trustedInputHosts: ['127.0.0.1'],
      onWarning: (w) => warnings.push(w),
      ...options,
    }) as any,
  });
  return { api, warnings };
}

describe('axios adapter (real axios, emulator on 127.0.0.1)', () => {
  it('V1 code on an axios instance: relative /sensei/mask, polls _links.self.href, result delivered', async () => {
    const { api, warnings } = client();
    const response = await api.post('/sensei/mask', {
      input: { href: putInput(emu, 'ax-in.png', input), storage: 'external' },
      output: { href: emu.storage.url('ax-out.png'), storage: 'external', mask: { format: 'soft' } },
    });
    expect(response.status).toBe(202);
    expect(response.data._links.self.href).toMatch(/\/sensei\/status\//);
    let data;
    for (;;) {
      ({ data } = await api.get(response.data._links.self.href));
      if (data.status === 'succeeded' || data.status === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(data.status).toBe('succeeded');
    expect(emu.storage.read('ax-out.png')?.equals(renderResultPng(input, { mode: 'mask' }))).toBe(true);
    expect(emu.jobCount('v1')).toBe(0);
    expect(warnings).toEqual([]);
  });

  it('a V1 error rejects like axios does (isAxiosError, response.status, V1 body)', async () => {
    const { api } = client({ strict: true });
    const error = await api
      .post('/sensei/mask', {
        input: { href: putInput(emu, 'ax-in.png', input) },
        output: { href: emu.storage.url('ax-bin.png'), mask: { format: 'binary' } },
      })
      .catch((e: unknown) => e);
    expect(axios.isAxiosError(error)).toBe(true);
    const e = error as import('axios').AxiosError<any>;
    expect(e.response?.status).toBe(400);
    expect(e.response?.data).toMatchObject({ code: 'RB120', type: 'InputValidationError' });
    expect(e.code).toBe('ERR_BAD_REQUEST');
  });

  it('non-V1 requests go through unchanged (query params, method, body, arraybuffer response)', async () => {
    const { api } = client();
    emu.storage.write('plain.bin', Buffer.from([1, 2, 3, 250]), 'application/octet-stream');
    const signed = new URL(emu.storage.url('plain.bin', { access: 'read' }));
    const params = Object.fromEntries(signed.searchParams);
    const got = await api.get(signed.pathname, { params, responseType: 'arraybuffer' });
    expect([...new Uint8Array(got.data)]).toEqual([1, 2, 3, 250]);
    const put = await axios.put(emu.storage.url('put.bin'), Buffer.from('hello'), {
      adapter: createV1AxiosAdapter({ v1Hosts: [emu.url], upstream: emu.url }) as any,
      headers: { 'content-type': 'text/plain' },
    });
    expect(put.status).toBe(200);
    expect(emu.storage.read('put.bin')?.toString()).toBe('hello');
  });
});

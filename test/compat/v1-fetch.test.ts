import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import type { Emulator } from '../../src/emulator/types.ts';
import { createCompatCore } from '../../packages/runtime/src/runtime/compat/create-compat-core.ts';
import { createV1Fetch } from '../../packages/runtime/src/runtime/compat/create-v1-fetch.ts';
import { createNodeAead } from '../../src/gateway/create-node-aead.ts';
import { API_KEY, makeInputPng, putInput, startTestEmulator, TOKEN } from '../runtime/helpers.ts';
import { emulatorV1Fetch, runV1Flow, V1_HEADERS } from './helpers.ts';

const input = makeInputPng();
let emu: Emulator;

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(() => emu.close());

function v1Body(outputKey: string, storage: 'external' | 'azure' | 'dropbox' = 'external', extra = {}) {
  return {
    input: { href: putInput(emu, 'in.png', input), storage: 'external' },
    output: { href: emu.storage.url(outputKey, { storage }), storage, ...extra },
  };
}

describe('v1Fetch: V1 requests served by V2 (emulator on 127.0.0.1)', () => {
  for (const storage of ['external', 'azure', 'dropbox'] as const) {
    it(`cutout to ${storage}: V1 202 + V1 status, result delivered once, same bytes as V1`, async () => {
      const { v1Fetch, warnings } = emulatorV1Fetch(emu);
      const jobsBefore = { v1: emu.jobCount('v1'), v2: emu.jobCount('v2') };
      const run = await runV1Flow(v1Fetch, emu.url, 'cutout', v1Body(`compat-${storage}.png`, storage));
      expect(run.submit.status).toBe(202);
      expect(Object.keys(run.accepted)).toEqual(['_links']);
      expect(run.accepted._links.self.href).toMatch(new RegExp(`^${emu.url}/sensei/status/[\\w-]+$`));
      expect(run.final).toMatchObject({ status: 'succeeded', output: { storage } });
      expect(run.final.jobID).toBe(run.accepted._links.self.href.split('/').pop());
      expect(run.final._links.self.href).toBe(run.accepted._links.self.href);
      expect(emu.jobCount('v1') - jobsBefore.v1).toBe(0);
      expect(emu.jobCount('v2') - jobsBefore.v2).toBe(1);
      const delivered = emu.storage.read(`compat-${storage}.png`);
      expect(delivered?.equals(renderResultPng(input, { mode: 'cutout' }))).toBe(true);
      // V1 itself, same input and output storage: the same bytes.
      const v1 = await runV1Flow(fetch, emu.url, 'cutout', v1Body(`v1-${storage}.png`, storage));
      expect(v1.final.status).toBe('succeeded');
      expect(delivered?.equals(emu.storage.read(`v1-${storage}.png`)!)).toBe(true);
      // Polling the finished job again answers succeeded without a second upload.
      const again = await (await v1Fetch(run.accepted._links.self.href, { headers: V1_HEADERS })).json();
      expect(again.status).toBe('succeeded');
      expect(emu.storage.writes(`compat-${storage}.png`)).toBe(1);
      expect(warnings).toEqual([]);
    });
  }

  it('mask: the greyscale mask arrives, byte-identical to the V1 soft mask', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    const run = await runV1Flow(v1Fetch, emu.url, 'mask', v1Body('compat-mask.png'));
    expect(run.final.status).toBe('succeeded');
    expect(emu.storage.read('compat-mask.png')?.equals(renderResultPng(input, { mode: 'mask' }))).toBe(true);
  });

  it('concurrent polls of one succeeded job upload once', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    const submit = await v1Fetch(`${emu.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(v1Body('concurrent.png')),
    });
    const href = (await submit.json())._links.self.href;
    await new Promise((resolve) => setTimeout(resolve, 60));
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => v1Fetch(href, { headers: V1_HEADERS }).then((r) => r.json())),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(5).fill('succeeded'));
    expect(emu.storage.writes('concurrent.png')).toBe(1);
  });

  it('accepts a Request object and a URL object', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    const submit = await v1Fetch(
      new Request(`${emu.url}/sensei/cutout`, {
        method: 'POST',
        headers: V1_HEADERS,
        body: JSON.stringify(v1Body('request-object.png')),
      }),
    );
    expect(submit.status).toBe(202);
    const href = (await submit.json())._links.self.href;
    const poll = await v1Fetch(new URL(href), { headers: V1_HEADERS });
    expect(poll.status).toBe(200);
    expect(['pending', 'running', 'succeeded']).toContain((await poll.json()).status);
  });

  it('a failed V2 job is a V1 failed status with errors, and nothing is written', async () => {
    const failing = await startTestEmulator({ failRate: 1 });
    try {
      const { v1Fetch } = emulatorV1Fetch(failing);
      failing.storage.write('in.png', input, 'image/png');
      const run = await runV1Flow(v1Fetch, failing.url, 'cutout', {
        input: { href: failing.storage.url('in.png', { access: 'read' }) },
        output: { href: failing.storage.url('out.png') },
      });
      expect(run.final.status).toBe('failed');
      expect(run.final.errors).toMatchObject({ type: 'JobFailed', code: 'runtime_error' });
      expect(failing.storage.keys()).toEqual(['in.png']);
    } finally {
      await failing.close();
    }
  });

  it('V2 errors come back in V1 shape with the same status (401, 429 with Retry-After)', async () => {
    const locked = await startTestEmulator({ credentials: { apiKey: 'other', token: 'other' } });
    try {
      const { v1Fetch } = emulatorV1Fetch(locked);
      const res = await v1Fetch(`${locked.url}/sensei/cutout`, {
        method: 'POST',
        headers: V1_HEADERS,
        body: JSON.stringify({
          input: { href: 'https://b.s3.amazonaws.com/i.png' },
          output: { href: 'https://b.s3.amazonaws.com/o.png' },
        }),
      });
      expect(res.status).toBe(401);
      const body = await res.json();
      expect(body).toMatchObject({ type: 'InvalidAuthTokenError', code: 'unauthorized' });
      expect(JSON.stringify(body)).not.toContain(TOKEN);
      locked.inject({ route: 'v2.submit', action: { kind: 'status', status: 429, retryAfterSeconds: 7 } });
      const limited = await v1Fetch(`${locked.url}/sensei/cutout`, {
        method: 'POST',
        headers: V1_HEADERS,
        body: '{"input":{"href":"https://b.s3.amazonaws.com/i.png"},"output":{"href":"https://b.s3.amazonaws.com/o.png"}}',
      });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('7');
      expect(await limited.json()).toMatchObject({ type: 'TooManyRequests' });
    } finally {
      await locked.close();
    }
  });

  it('an invalid V1 body is a V1 400 with the schema issues, and nothing reaches V2', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    const before = emu.jobCount('v2');
    const bad = await v1Fetch(`${emu.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: '{"input":3}',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ type: 'InputValidationError', code: 'validation_error' });
    const notJson = await v1Fetch(`${emu.url}/sensei/mask`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: '{',
    });
    expect(await notJson.json()).toMatchObject({ code: 'invalid_json' });
    expect(emu.jobCount('v2')).toBe(before);
  });
});

describe('v1Fetch: what V2 cannot keep is reported, never silent', () => {
  const binaryMask = () => v1Body('binary.png', 'external', { mask: { format: 'binary' } });

  it('default: a binary mask runs with a coded RB120 warning (redacted), soft mask delivered', async () => {
    const { v1Fetch, warnings } = emulatorV1Fetch(emu);
    const run = await runV1Flow(v1Fetch, emu.url, 'mask', binaryMask());
    expect(run.final.status).toBe('succeeded');
    expect(warnings.map((w) => w.code)).toEqual(['RB120']);
    expect(warnings[0]).toMatchObject({ severity: 'warning', path: 'output.mask.format' });
    // The soft mask, not V1's thresholded one: the loss the warning names.
    expect(emu.storage.read('binary.png')?.equals(renderResultPng(input, { mode: 'mask' }))).toBe(true);
  });

  it('strict: the binary mask is a V1 400 with code RB120 and no job is created', async () => {
    const { v1Fetch, warnings } = emulatorV1Fetch(emu, { strict: true });
    const before = emu.jobCount('v2');
    const run = await runV1Flow(v1Fetch, emu.url, 'mask', binaryMask());
    expect(run.submit.status).toBe(400);
    expect(run.accepted).toMatchObject({ type: 'InputValidationError', code: 'RB120' });
    expect(run.accepted.details).toEqual([
      { name: 'RB120', reason: expect.stringContaining('output.mask.format') },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['RB120']);
    expect(emu.jobCount('v2')).toBe(before);
  });

  it('default: an input host off the allowlist is reported (RB102) with the signature redacted', async () => {
    const { v1Fetch, warnings } = emulatorV1Fetch(emu, { trustedInputHosts: [] });
    const body = v1Body('allowlist.png');
    await runV1Flow(v1Fetch, emu.url, 'cutout', body);
    expect(warnings.map((w) => w.code).sort()).toEqual(['RB101']);
    const https = {
      ...body,
      input: { href: 'https://cdn.example.com/in.png?sig=SECRETSIG123&token=TOK456' },
    };
    const submit = await v1Fetch(`${emu.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(https),
    });
    expect(submit.status).toBe(400); // the emulator, like V2, refuses the host
    expect(warnings.map((w) => w.code)).toContain('RB102');
    expect(JSON.stringify(warnings)).not.toMatch(/SECRETSIG123|TOK456|X-Amz-Signature=[0-9a-f]/);
  });

  it('a Creative Cloud output is refused in every mode (RB111): the result could not arrive', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    const before = emu.jobCount('v2');
    const body = {
      input: { href: putInput(emu, 'in.png', input) },
      output: { href: '/files/out.png', storage: 'adobe' },
    };
    const res = await v1Fetch(`${emu.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).details.map((d: { name: string }) => d.name)).toContain('RB111');
    expect(emu.jobCount('v2')).toBe(before);
  });
});

describe('v1Fetch: everything else reaches the real fetch untouched', () => {
  let echo: Server;
  let echoUrl: string;
  const seen: { method?: string; url?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  beforeAll(async () => {
    echo = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(207, { 'x-echo': 'yes' });
        res.end('echoed');
      });
    });
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    echoUrl = `http://127.0.0.1:${(echo.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => echo.close(() => resolve())));
  afterEach(() => void (seen.length = 0));

  it('another host, and V1 paths on a host that is not a V1 host: method, headers and body unchanged', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    for (const path of ['/upload?x=1', '/sensei/cutout', '/sensei/status/abc']) {
      const res = await v1Fetch(`${echoUrl}${path}`, {
        method: 'PATCH',
        headers: { 'x-custom': 'kept', authorization: 'Bearer abc' },
        body: 'raw body',
      });
      expect({ status: res.status, header: res.headers.get('x-echo'), text: await res.text() }).toEqual({
        status: 207,
        header: 'yes',
        text: 'echoed',
      });
    }
    expect(
      seen.map((s) => [s.method, s.url, s.headers['x-custom'], s.headers.authorization, s.body]),
    ).toEqual([
      ['PATCH', '/upload?x=1', 'kept', 'Bearer abc', 'raw body'],
      ['PATCH', '/sensei/cutout', 'kept', 'Bearer abc', 'raw body'],
      ['PATCH', '/sensei/status/abc', 'kept', 'Bearer abc', 'raw body'],
    ]);
  });

  it('on the V1 host: other paths and methods go to the real server, and so does a V1 job it did not issue', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    const before = emu.requests.length;
    // A genuine V1 job (submitted with the real fetch) keeps polling through v1Fetch.
    const v1 = await fetch(`${emu.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(v1Body('v1-own.png')),
    });
    const href = (await v1.json())._links.self.href;
    const poll = await v1Fetch(href, { headers: V1_HEADERS });
    expect(poll.status).toBe(200);
    expect((await poll.json()).jobID).toBe(href.split('/').pop());
    const other = await v1Fetch(`${emu.url}/v2/status/urn:unknown`, { headers: V1_HEADERS });
    expect(other.status).toBe(404);
    // (the emulator's own input fetches for its jobs are storage requests: left out)
    const routes = emu.requests
      .slice(before)
      .map((r) => r.route)
      .filter((r) => r !== 'storage');
    expect(routes).toEqual(['v1.submit', 'v1.status', 'v2.status']);
  });
});

describe('sealed job ids', () => {
  it('a tampered id is a V1 404 (RB243), an expired one a V1 410; neither reaches V2', async () => {
    let clock = Date.now();
    const { v1Fetch } = emulatorV1Fetch(emu, { now: () => clock, ticketTtlMs: 60_000 });
    const submit = await v1Fetch(`${emu.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(v1Body('sealed.png')),
    });
    const href: string = (await submit.json())._links.self.href;
    const id = href.split('/').pop()!;
    const flipped = id.slice(0, 30) + (id[30] === 'A' ? 'B' : 'A') + id.slice(31);
    const before = emu.requests.length;
    const tampered = await v1Fetch(href.replace(id, flipped), { headers: V1_HEADERS });
    expect(tampered.status).toBe(404);
    expect(await tampered.json()).toMatchObject({ type: 'ResourceNotFound', code: 'RB243' });
    clock += 61_000;
    const expired = await v1Fetch(href, { headers: V1_HEADERS });
    expect(expired.status).toBe(410);
    expect(await expired.json()).toMatchObject({ code: 'RB243' });
    expect(emu.requests.slice(before).filter((r) => r.route !== 'storage')).toEqual([]);
  });

  it('the id hides the V2 status URL and the output URL (encrypted, not encoded)', async () => {
    const { v1Fetch } = emulatorV1Fetch(emu);
    const body = v1Body('hidden.png');
    const submit = await v1Fetch(`${emu.url}/sensei/cutout`, {
      method: 'POST',
      headers: V1_HEADERS,
      body: JSON.stringify(body),
    });
    const id: string = (await submit.json())._links.self.href.split('/').pop();
    const decoded = Buffer.from(id, 'base64url').toString('latin1');
    expect(decoded).not.toContain('hidden.png');
    expect(decoded).not.toContain('/v2/status/');
  });

  it('rotation: ids sealed with the old key open after a new key is added; a removed key is 404', async () => {
    const oldKey = new Uint8Array(32).fill(1);
    const newKey = new Uint8Array(32).fill(2);
    const common = { upstream: emu.url, trustedInputHosts: ['127.0.0.1'], onWarning: () => {} };
    const before = createCompatCore({ ...common, keys: [oldKey] });
    const request = { publicBase: 'http://gw', authorization: `Bearer ${TOKEN}`, apiKey: API_KEY };
    const accepted = await before.submit('cutout', JSON.stringify(v1Body('rotate.png')), request);
    const id = (accepted.body as any)._links.self.href.split('/').pop();
    const rotated = createCompatCore({ ...common, keys: [newKey, oldKey] });
    expect((await rotated.status(id, request)).status).toBe(200);
    const dropped = createCompatCore({ ...common, keys: [newKey] });
    const gone = await dropped.status(id, request);
    expect({ status: gone.status, code: (gone.body as any).code }).toEqual({ status: 404, code: 'RB243' });
    expect(await rotated.keyId).not.toBe(await before.keyId);
  });
});

describe('the two AES-GCM implementations (Web Crypto in the runtime, node:crypto in the gateway)', () => {
  it('seal the same way: an id sealed by either opens in the other, and a flipped bit fails in both', async () => {
    const keys = [new Uint8Array(32).fill(5)];
    const common = { upstream: emu.url, keys, trustedInputHosts: ['127.0.0.1'], onWarning: () => {} };
    const web = createCompatCore(common);
    const node = createCompatCore({ ...common, createAead: createNodeAead });
    expect(await node.keyId).toBe(await web.keyId);
    const request = { publicBase: 'http://gw', authorization: `Bearer ${TOKEN}`, apiKey: API_KEY };
    for (const [sealer, opener] of [
      [web, node],
      [node, web],
    ] as const) {
      const accepted = await sealer.submit('cutout', JSON.stringify(v1Body('aead.png')), request);
      const id: string = (accepted.body as any)._links.self.href.split('/').pop();
      expect(await opener.open(id)).toMatchObject({ ok: true, ticket: { jobId: expect.any(String) } });
      const bytes = Buffer.from(id, 'base64url');
      bytes[bytes.length - 1]! ^= 1;
      const flipped = bytes.toString('base64url');
      expect(await opener.open(flipped)).toEqual({ ok: false, reason: 'tampered' });
      expect(await sealer.open(flipped)).toEqual({ ok: false, reason: 'tampered' });
    }
  });
});

describe('delivery without shared state (two replicas with the same key)', () => {
  const keys = [new Uint8Array(32).fill(7)];
  const request = { publicBase: 'http://gw', authorization: `Bearer ${TOKEN}`, apiKey: API_KEY };
  const replica = (extra = {}) => {
    const warnings: string[] = [];
    const core = createCompatCore({
      upstream: emu.url,
      keys,
      trustedInputHosts: ['127.0.0.1'],
      deliveryRetryDelayMs: 5,
      onWarning: (w) => warnings.push(w.code),
      ...extra,
    });
    return { core, warnings };
  };
  const submitAndWait = async (core: ReturnType<typeof replica>['core'], body: unknown) => {
    const accepted = await core.submit('cutout', JSON.stringify(body), request);
    const id = (accepted.body as any)._links.self.href.split('/').pop();
    await new Promise((resolve) => setTimeout(resolve, 60));
    return id as string;
  };

  it('S3/Azure: a second replica delivers again (same bytes, harmless overwrite)', async () => {
    const [a, b] = [replica(), replica()];
    const id = await submitAndWait(a.core, v1Body('twice.png', 'azure'));
    expect(((await a.core.status(id, request)).body as any).status).toBe('succeeded');
    expect(((await b.core.status(id, request)).body as any).status).toBe('succeeded');
    expect(emu.storage.writes('twice.png')).toBe(2);
  });

  it('Dropbox: the used upload link (409) on the other replica counts as delivered (RB240)', async () => {
    const [a, b] = [replica(), replica()];
    const id = await submitAndWait(a.core, v1Body('dbx.png', 'dropbox'));
    expect(((await a.core.status(id, request)).body as any).status).toBe('succeeded');
    const second = await b.core.status(id, request);
    expect((second.body as any).status).toBe('succeeded');
    expect(b.warnings).toEqual(['RB240']);
    expect(emu.storage.writes('dbx.png')).toBe(1);
  });

  it('a poll after the V2 result URL expired reports failed with RB242 instead of retrying forever', async () => {
    const shortLived = await startTestEmulator({ resultTtlMs: 30 });
    try {
      const core = createCompatCore({
        upstream: shortLived.url,
        keys,
        trustedInputHosts: ['127.0.0.1'],
        onWarning: () => {},
      });
      shortLived.storage.write('in.png', input, 'image/png');
      const body = {
        input: { href: shortLived.storage.url('in.png', { access: 'read' }) },
        output: { href: shortLived.storage.url('late.png') },
      };
      const accepted = await core.submit('cutout', JSON.stringify(body), request);
      const id = (accepted.body as any)._links.self.href.split('/').pop();
      await new Promise((resolve) => setTimeout(resolve, 150));
      const answer = await core.status(id, request);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ status: 'failed', errors: { code: 'RB242' } });
      expect(shortLived.storage.read('late.png')).toBeUndefined();
    } finally {
      await shortLived.close();
    }
  });

  it('an upload the storage keeps refusing ends as failed (RB241) after the retries, redacted', async () => {
    const { core, warnings } = replica({ deliveryAttempts: 2 });
    const id = await submitAndWait(core, v1Body('refused.png'));
    emu.inject({ route: 'storage', method: 'PUT', action: { kind: 'status', status: 503 }, times: 2 });
    const answer = await core.status(id, request);
    expect(answer.body).toMatchObject({ status: 'failed', errors: { code: 'RB241' } });
    // The V1 status echoes the caller's own output (as V1 did); the error text carries no signature.
    expect(JSON.stringify((answer.body as any).errors)).not.toMatch(/X-Amz-Signature=[0-9a-f]/);
    expect(warnings).toEqual(['RB241']);
    // A transient failure within the attempts is retried: the next poll delivers.
    emu.inject({ route: 'storage', method: 'PUT', action: { kind: 'status', status: 503 }, times: 1 });
    expect(((await core.status(id, request)).body as any).status).toBe('succeeded');
    expect(emu.storage.writes('refused.png')).toBe(1);
  });
});

describe('createV1Fetch options', () => {
  it('v1Hosts takes hosts or origins; image.adobe.io by default', async () => {
    const calls: string[] = [];
    const fake = async (input: RequestInfo | URL) => {
      calls.push(String(input instanceof Request ? input.url : input));
      return new Response('{}', { status: 200 });
    };
    const byDefault = createV1Fetch({ fetch: fake as typeof fetch, onWarning: () => {} });
    await byDefault('https://example.com/sensei/cutout', { method: 'POST', body: '{}' });
    const bad = await byDefault('https://image.adobe.io/sensei/cutout', { method: 'POST', body: '{}' });
    expect(bad.status).toBe(400); // handled by the layer: {} is not a V1 body
    expect(calls).toEqual(['https://example.com/sensei/cutout']);
  });
});

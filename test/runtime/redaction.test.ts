import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/emulator/types.ts';
import { createRemoveBackgroundClient } from '../../packages/runtime/src/runtime/create-remove-background-client.ts';
import { RemoveBackgroundError } from '../../packages/runtime/src/runtime/errors.ts';
import { REDACTED, redactSecrets } from '../../packages/runtime/src/mapping/redact-secrets.ts';
import type { ClientEvent } from '../../packages/runtime/src/runtime/types.ts';
import {
  API_KEY,
  FAST_WAIT,
  TOKEN,
  makeClient,
  makeInputPng,
  putInput,
  startTestEmulator,
} from './helpers.ts';

describe('redactSecrets', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOi.abc-def_ghi', 'eyJhbGciOi'],
    ['{"authorization":"Bearer s3cr3t-token"}', 's3cr3t-token'],
    ['x-api-key: my-client-id-123', 'my-client-id-123'],
    [
      'https://b.s3.amazonaws.com/k.png?X-Amz-Credential=AKIAXYZ%2F2026&X-Amz-Signature=deadbeef01&X-Amz-Security-Token=FQoG',
      'deadbeef01',
    ],
    [
      'https://b.s3.amazonaws.com/k.png?X-Amz-Credential=AKIAXYZ%2F2026&X-Amz-Signature=deadbeef01',
      'AKIAXYZ',
    ],
    ['https://b.s3.amazonaws.com/k.png?x-amz-security-token=FQoGtoken&x=1', 'FQoGtoken'],
    ['https://a.blob.core.windows.net/c/b.png?sv=2022&sig=AzureSig%2Bx%3D&se=2026', 'AzureSig'],
    ['https://storage.googleapis.com/b/o?X-Goog-Signature=goog5ig', 'goog5ig'],
    ['https://x.test/cb?access_token=oauthTok&token=plainTok', 'oauthTok'],
    ['https://content.dropboxapi.com/apitul/1/DropboxLinkToken123', 'DropboxLinkToken123'],
  ])('%s', (text, secret) => {
    const out = redactSecrets(text);
    expect(out).not.toContain(secret);
    expect(out).toContain(REDACTED);
  });

  it('keeps hosts, paths and parameter names; masks every value of a signed query; scrubs known secrets', () => {
    const out = redactSecrets(
      'GET https://b.s3.amazonaws.com/out/k.png?X-Amz-Expires=3600&sig=abc said my-key; see https://x.test/p?page=2',
      ['my-key'],
    );
    expect(out).toBe(
      `GET https://b.s3.amazonaws.com/out/k.png?X-Amz-Expires=${REDACTED}&sig=${REDACTED} said ${REDACTED}; see https://x.test/p?page=2`,
    );
  });

  it.each([
    ['https://alice:pa55word@bucket.example.com/k.png', 'pa55word'],
    ['fetch("http://alice:p@ss@127.0.0.1:9/x")', 'ss@127'],
    ['https://ghp_tok3n@github.com/o/r.git', 'ghp_tok3n'],
    ['Request cannot be constructed from a URL that includes credentials: http://u:s3cr3t@h/x', 's3cr3t'],
    ['https://a.blob.core.windows.net/c/b.png?sv=2022-11-02&se=2026-01-01&sp=r&sig=AzSig', '2026-01-01'],
    ['https://x.test/cb?X-Custom-Signature=cust0m&a=1', 'cust0m'],
    ['Authorization: Basic dXNlcjpwYXNz', 'dXNlcjpwYXNz'],
    ['{"api_key":"k3y-value","password":"hunter22"}', 'hunter22'],
    ['API_KEY=shellK3y ./run.sh', 'shellK3y'],
    ['curl -u alice:curlPw1 https://image.adobe.io/sensei/cutout', 'curlPw1'],
    ["curl --user='bob:curlPw2' -X POST", 'curlPw2'],
  ])('%s', (text, secret) => {
    expect(redactSecrets(text)).not.toContain(secret);
  });
});

/** A server that echoes the credentials it received into its error bodies (the worst case). */
async function startEchoServer(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    res.writeHead(req.url?.startsWith('/v2/remove-background') ? 400 : 500, {
      'content-type': 'application/json',
    });
    res.end(
      JSON.stringify({
        error_code: 'validation_error',
        message: `bad request from ${String(req.headers['authorization'])} key=${String(req.headers['x-api-key'])} url=${req.url}`,
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function everything(error: unknown): string {
  const e = error as RemoveBackgroundError;
  const parts = [String(e), e.message, e.stack ?? '', JSON.stringify(e), inspect(e, { depth: 8 })];
  let cause: unknown = e.cause;
  while (cause instanceof Error) {
    parts.push(String(cause), cause.stack ?? '', inspect(cause, { depth: 8 }));
    cause = cause.cause;
  }
  return parts.join('\n');
}

function secretsIn(emulator: Emulator, urls: string[]): string[] {
  const values = [API_KEY, TOKEN];
  for (const url of urls) {
    const u = new URL(url);
    for (const name of ['X-Amz-Signature', 'X-Amz-Credential', 'sig']) {
      const v = u.searchParams.get(name);
      if (v) values.push(v, encodeURIComponent(v));
    }
    const dropbox = /\/apitu?l\/1\/([^/?]+)/.exec(u.pathname)?.[1];
    if (dropbox) values.push(dropbox);
  }
  expect(values.length).toBeGreaterThan(4);
  void emulator;
  return values;
}

let emulator: Emulator | undefined;
let echo: Server | undefined;
afterEach(async () => {
  await emulator?.close();
  echo?.close();
  emulator = undefined;
  echo = undefined;
});

describe('no secret in any error, stack, cause, toJSON or log line', () => {
  it('across every failure path', async () => {
    emulator = await startTestEmulator();
    const em = emulator;
    const { client, events } = makeClient(em);
    const errors: unknown[] = [];
    const collect = (p: Promise<unknown>) =>
      p.then(
        () => expect.fail('expected a failure'),
        (e: unknown) => errors.push(e),
      );

    const input = putInput(em, 'in/a.png', makeInputPng());
    const s3Out = em.storage.url('out/s3.png');
    const azureOut = em.storage.url('out/az.png', { storage: 'azure' });
    const dropboxOut = em.storage.url('out/db.png', { storage: 'dropbox' });
    const body = { image: { source: { url: input } } };

    // Rejected uploads (the URL with its signature is part of the error).
    em.inject({ route: 'storage', method: 'PUT', action: { kind: 'status', status: 403 } });
    em.inject({ route: 'storage', method: 'POST', action: { kind: 'status', status: 409 } });
    const ok = await client.waitForJob(await client.submit(body), FAST_WAIT);
    await collect(client.deliver(ok, { href: s3Out }));
    await collect(client.deliver(ok, { href: dropboxOut, storage: 'dropbox' }));
    await collect(client.deliver(ok, { href: azureOut, storage: 'external' }));
    // Expired result URL (a presigned GET with its own signature): the result download answers 403.
    em.inject({ route: 'storage', method: 'GET', action: { kind: 'status', status: 403 } });
    await collect(client.deliver(ok, { href: s3Out }, { force: true }));
    const resultUrl = ok.result?.outputs[0]?.destination?.url ?? '';
    // Dropped POST, dropped polls, a failed job, a bad body.
    em.inject({ route: 'v2.submit', action: { kind: 'drop', when: 'after' } });
    await collect(client.submit(body));
    const job = await client.submit(body);
    em.inject({ route: 'v2.status', action: { kind: 'drop', when: 'before' }, times: 5 });
    await collect(client.waitForJob(job, { ...FAST_WAIT, maxRetries: 1 }));
    await collect(client.runV1({ input: { href: input }, output: { href: s3Out, storage: 'adobe' } }));
    await collect(client.submit({ image: { source: { url: TOKEN } }, extra: API_KEY } as never));

    // A server that echoes Authorization and x-api-key back in its error body.
    const echoServer = await startEchoServer();
    echo = echoServer.server;
    const echoed: ClientEvent[] = [];
    const echoClient = createRemoveBackgroundClient({
      apiKey: API_KEY,
      getToken: () => TOKEN,
      baseUrl: echoServer.url,
      log: (e) => echoed.push(e),
      random: () => 0.5,
    });
    await collect(echoClient.submit(body));
    await collect(
      echoClient.waitForJob(
        { jobId: 'j', statusUrl: `${echoServer.url}/v2/status/j?sig=statusSig123` },
        { ...FAST_WAIT, maxRetries: 0 },
      ),
    );
    await collect(echoClient.runV1({ input: { href: input }, output: { href: s3Out } }));

    expect(errors.length).toBe(11);
    for (const error of errors) expect(error).toBeInstanceOf(RemoveBackgroundError);
    const codes = errors.map((e) => (e as RemoveBackgroundError).code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'UPLOAD_FAILED',
        'RESULT_EXPIRED',
        'SUBMIT_OUTCOME_UNKNOWN',
        'NETWORK_ERROR',
        'INVALID_REQUEST',
        'HTTP_ERROR',
      ]),
    );
    const text = [...errors.map(everything), JSON.stringify(events), JSON.stringify(echoed)].join('\n');
    const secrets = [...secretsIn(em, [s3Out, azureOut, dropboxOut, resultUrl]), 'statusSig123'];
    for (const secret of secrets) expect(text).not.toContain(secret);
    // The redaction kept what is useful: paths, codes and statuses are still there.
    expect(text).toContain('/out/s3.png');
    expect(text).toContain(REDACTED);
    expect(events.some((e) => e.type === 'upload')).toBe(true);
  });
});

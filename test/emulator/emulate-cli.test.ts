import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';
import { renderResultPng } from '../../src/emulator/render-result-png.ts';
import { createRemoveBackgroundClient } from '../../packages/runtime/src/runtime/create-remove-background-client.ts';
import { makeInputPng } from '../runtime/helpers.ts';

import { CLI as BUILT_CLI } from '../helpers/run-cli.ts';

// The built bin (`npm test` builds first); RB_MIGRATE_CLI points at another build.
const CLI = process.env.RB_MIGRATE_CLI ?? BUILT_CLI;

it('rb-migrate emulate prints its base URL first, serves V1/V2 and the control API, and stops on SIGTERM', async () => {
  const child = spawn(
    process.execPath,
    [CLI, 'emulate', '--port', '0', '--latency', '1', '--token', 'cli-token'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    const lines = createInterface({ input: child.stdout });
    const url = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', () => reject(new Error('emulate exited before printing its URL')));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const headers = { 'x-api-key': 'k', 'content-type': 'application/json' };
    const body = JSON.stringify({ image: { source: { url: 'https://b.s3.amazonaws.com/a.png' } } });
    const denied = await fetch(`${url}/v2/remove-background`, {
      method: 'POST',
      headers: { ...headers, authorization: 'Bearer other' },
      body,
    });
    expect(denied.status).toBe(401);
    const accepted = await fetch(`${url}/v2/remove-background`, {
      method: 'POST',
      headers: { ...headers, authorization: 'Bearer cli-token' },
      body,
    });
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toMatchObject({ statusUrl: expect.stringContaining(`${url}/v2/status/`) });

    // An integration test in another process drives it through the control API only.
    const input = makeInputPng(5);
    expect(
      (await fetch(`${url}/_emulator/objects/in%2Fp.png`, { method: 'PUT', body: new Uint8Array(input) }))
        .status,
    ).toBe(204);
    const sign = async (payload: object) =>
      (
        (await (
          await fetch(`${url}/_emulator/sign`, { method: 'POST', body: JSON.stringify(payload) })
        ).json()) as {
          url: string;
        }
      ).url;
    const inputUrl = await sign({ key: 'in/p.png', access: 'read' });
    const outputUrl = await sign({ key: 'out/p.png', storage: 'dropbox' });
    expect((await fetch(`${url}/_emulator/sign`, { method: 'POST', body: '{"key":1}' })).status).toBe(400);
    const client = createRemoveBackgroundClient({ apiKey: 'k', token: 'cli-token', baseUrl: url });
    const result = await client.runV1(
      { input: { href: inputUrl }, output: { href: outputUrl, storage: 'dropbox' } },
      { endpoint: 'mask', wait: { pollIntervalMs: 2, maxPollIntervalMs: 10 } },
    );
    expect(result.status.status).toBe('succeeded');
    const delivered = await fetch(`${url}/_emulator/objects/out%2Fp.png`);
    expect(delivered.headers.get('x-emulator-writes')).toBe('1');
    expect(Buffer.from(await delivered.arrayBuffer())).toEqual(renderResultPng(input, { mode: 'mask' }));

    const fault = { route: 'v2.status', action: { kind: 'status', status: 503, retryAfterSeconds: 0 } };
    expect(
      (await fetch(`${url}/_emulator/faults`, { method: 'POST', body: JSON.stringify(fault) })).status,
    ).toBe(204);
    const job = await client.submit({ image: { source: { url: inputUrl } } });
    await client.waitForJob(job, { pollIntervalMs: 2 });
    const log = (await (await fetch(`${url}/_emulator/requests`)).json()) as {
      route: string;
      outcome: number;
    }[];
    expect(log.filter((r) => r.route === 'v2.status' && r.outcome === 503)).toHaveLength(1);
    expect(log.some((r) => r.route === ('admin' as string))).toBe(false);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
});

it('rejects invalid flag values with exit code 2', async () => {
  const child = spawn(process.execPath, [CLI, 'emulate', '--fail-rate', '3'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code).toBe(2);
  expect(stderr).toContain('--fail-rate');
});

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { expect, it } from 'vitest';

import { CLI as BUILT_CLI } from '../helpers/run-cli.ts';

// The built bin (`npm test` builds first); RB_MIGRATE_CLI points at another build.
const CLI = process.env.RB_MIGRATE_CLI ?? BUILT_CLI;

it('rb-migrate emulate prints its base URL first, serves V2, and stops on SIGTERM', async () => {
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

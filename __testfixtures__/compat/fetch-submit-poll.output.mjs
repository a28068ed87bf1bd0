import { readFile } from 'node:fs/promises';
import { v1Fetch } from 'rb-migrate-runtime';

const CUTOUT_URL = 'https://image.adobe.io/sensei/cutout';

export async function removeBackground(token, apiKey, input, output) {
  const headers = { Authorization: `Bearer ${token}`, 'x-api-key': apiKey };
  const res = await v1Fetch(CUTOUT_URL, {
    method: 'POST',
    headers,
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  const job = await res.json();
  for (;;) {
    const status = await (await v1Fetch(job._links.self.href, { headers })).json();
    if (status.status === 'succeeded' || status.status === 'failed') return status;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

export const version = await readFile('VERSION', 'utf8');

import { v1Fetch } from 'rb-migrate-runtime';
const BASE = process.env.IMAGE_API_BASE ?? 'https://image.adobe.io';

export async function cutout(token: string, input: string, output: string): Promise<unknown> {
  /* rb-migrate RB244: v1Fetch treats only image.adobe.io (or the configured v1Hosts) as V1; this URL (`${BASE}/sensei/cutout`) is built from a base read at run time. If the base is not https://image.adobe.io, use createV1Fetch({ v1Hosts: ['<your host>'] }) from rb-migrate-runtime instead of v1Fetch. */
  const res = await v1Fetch(`${BASE}/sensei/cutout`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  const job = (await res.json()) as { _links: { self: { href: string } } };
  return (await v1Fetch(job._links.self.href, { headers: { Authorization: `Bearer ${token}` } })).json();
}

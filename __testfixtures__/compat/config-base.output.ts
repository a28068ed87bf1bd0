import { v1Fetch } from 'rb-migrate-runtime';

const BASE = process.env.IMAGE_API_BASE ?? 'https://image.adobe.io';

export async function cutout(token: string, input: string, output: string): Promise<unknown> {
  const res = await v1Fetch(`${BASE}/sensei/cutout`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
  const job = (await res.json()) as { _links: { self: { href: string } } };
  return (await v1Fetch(job._links.self.href, { headers: { Authorization: `Bearer ${token}` } })).json();
}

interface CutoutJob {
  _links: { self: { href: string } };
}

const BASE = 'https://image.adobe.io';

export async function cutout(token: string, inputUrl: string, outputUrl: string): Promise<string> {
  const r = await fetch(`${BASE}/sensei/cutout`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const { _links }: CutoutJob = await r.json();
  return _links.self.href;
}

export async function mask(token: string, inputUrl: string, outputUrl: string): Promise<string> {
  const r = await fetch(`${BASE}/sensei/mask`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = (await r.json()) as { _links: { self: { href: string } } };
  const { _links: links } = job;
  const status = await fetch(links.self.href, { headers: { Authorization: `Bearer ${token}` } });
  return (await status.json()).status;
}

export async function nested(token: string, inputUrl: string, outputUrl: string): Promise<string> {
  const job = await fetch(`${BASE}/sensei/cutout`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  }).then((r) => r.json());
  const { _links: { self } } = job;
  const { _links: { self: { href } } } = job;
  return self.href === href ? href : self.href;
}

interface CutoutJob {
  _links: { self: { href: string } };
}

export async function cutout(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const r = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': 'my-key' },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = (await r.json()) as { _links: { self: { href: string } }; note?: string };
  return job._links.self.href;
}

export async function mask(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const r = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': 'my-key' },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job: CutoutJob = await r.json();
  return job._links.self.href;
}

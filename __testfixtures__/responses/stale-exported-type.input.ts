// Exported: other modules may still read _links from it, so it stays and is reported.
export interface Job {
  _links: { self: { href: string } };
}

export async function cutout(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const r = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': 'my-key' },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = (await r.json()) as Job;
  return job._links.self.href;
}

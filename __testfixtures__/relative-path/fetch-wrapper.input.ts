const API = process.env.ADOBE_API ?? 'https://image.adobe.io';

async function post<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(`${API}${path}`, { method: 'POST', body: JSON.stringify(body) });
  return (await res.json()) as T;
}

export async function cutout(inputUrl: string, outputUrl: string) {
  const job = await post<{ _links: { self: { href: string } } }>('/sensei/cutout', {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
  return job._links.self.href;
}

const BASE = 'https://image.adobe.io';

export async function mask(inputUrl: string, outputUrl: string, headers: Record<string, string>) {
  const res = await fetch(`${BASE}/sensei/mask`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external' },
    }),
  });
  const job = await res.json();
  return job._links.self.href as string;
}

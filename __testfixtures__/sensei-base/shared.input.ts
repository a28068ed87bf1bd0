const SENSEI_BASE = 'https://image.adobe.io/sensei';

export async function cutout(inputUrl: string, outputUrl: string) {
  const res = await fetch(`${SENSEI_BASE}/cutout`, {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return res.json();
}

export async function productCrop(body: unknown) {
  return fetch(`${SENSEI_BASE}/productCrop`, { method: 'POST', body: JSON.stringify(body) });
}

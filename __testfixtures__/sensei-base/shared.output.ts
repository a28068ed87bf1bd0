/* rb-migrate RB203: base URL ending in /sensei is shared by other uses; rewriting it is not safe. Split the base into a V2 base (/v2/remove-background, /v2/status/) and fix each use. */
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

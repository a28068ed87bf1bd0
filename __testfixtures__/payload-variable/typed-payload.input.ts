import type { CutoutRequest } from './types';

export async function cutout(inputUrl: string, outputUrl: string, token: string) {
  const body: CutoutRequest = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  };
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return res.json();
}

import { presign } from './storage';

export async function cutout(asset: { url: string; bucket?: string }, target: URL) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: asset.url ?? (await presign(asset.bucket!)), storage: 'external' },
      output: { href: target.toString(), storage: 'external' },
    }),
  });
  return res.json();
}

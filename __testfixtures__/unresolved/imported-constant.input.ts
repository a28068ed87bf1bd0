import { CUTOUT_URL } from './config';

export async function cutout(inputUrl: string, outputUrl: string) {
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return res.json();
}

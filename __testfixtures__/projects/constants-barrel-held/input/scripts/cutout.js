import { CUTOUT_URL } from '../lib/index.js';

export async function cutout(inputUrl, outputUrl, token) {
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = await res.json();
  return job._links.self.href;
}

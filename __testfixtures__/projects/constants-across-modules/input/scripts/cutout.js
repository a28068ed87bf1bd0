import { CUTOUT_URL, INPUT_URL } from '../lib/index.js';

export async function cutoutPortrait(token, apiKey) {
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': apiKey },
    body: JSON.stringify({
      input: { href: INPUT_URL, storage: 'external' },
      output: { href: 'https://s3.amazonaws.com/out-bucket/anna.png', storage: 'external' },
    }),
  });
  const job = await res.json();
  return job._links.self.href;
}

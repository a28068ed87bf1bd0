import { CUTOUT_URL } from '../lib/endpoints.js';

// Could migrate on its own: a literal V1 body.
export async function cutoutExternal(headers, input, output) {
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    headers,
    body: JSON.stringify({ input: { storage: 'external', href: input }, output: { storage: 'external', href: output } }),
  });
  return res.json();
}

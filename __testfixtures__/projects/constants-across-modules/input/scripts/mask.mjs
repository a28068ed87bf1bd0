import { MASK_URL } from '../config/mask.cjs';
import { BUCKET, PRODUCT_KEY } from '../lib/inputs.js';

export async function maskProduct(token, apiKey) {
  const res = await fetch(MASK_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': apiKey },
    body: JSON.stringify({
      input: { href: `${BUCKET}${PRODUCT_KEY}`, storage: 'external' },
      output: { href: 'https://s3.amazonaws.com/out-bucket/chair-mask.png', storage: 'external' },
    }),
  });
  const job = await res.json();
  return job._links.self.href;
}

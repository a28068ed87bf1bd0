import { v1Fetch } from 'rb-migrate-runtime';

const MASK_URL = 'https://image.adobe.io/sensei/mask';

export async function binaryMask(headers, input, output) {
  const body = {
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external', mask: { format: 'binary' } },
  };
  /* rb-migrate RB120: mask.format "binary" has no V2 equivalent; V2 masks are greyscale (soft). Threshold the V2 mask (or the cutout alpha) on the client, e.g. value >= 128 → 255, else 0. */
  const res = await v1Fetch(MASK_URL, { method: 'POST', headers, body: JSON.stringify(body) });
  const job = await res.json();
  return (await v1Fetch(job._links.self.href, { headers })).json();
}

import { CUTOUT_URL } from '../lib/endpoints.js';

// Could migrate on its own: a literal V1 body.
export async function cutoutExternal(headers, input, output) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (output); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: output, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    headers,
    body: JSON.stringify({ image: { source: { url: input } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

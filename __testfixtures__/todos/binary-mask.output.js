export async function mask(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  /* rb-migrate RB120: mask.format "binary" has no V2 equivalent; V2 masks are greyscale (soft). Threshold the V2 mask (or the cutout alpha) on the client, e.g. value >= 128 → 255, else 0. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify({
      image: { source: { url: inputUrl } },
      mode: 'mask',
      output: { mediaType: 'image/png' },
    }),
  });
  return res.json();
}

const BASE = process.env.ADOBE_IMAGE_API ?? 'https://image.adobe.io';

export async function mask(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(new URL('/v2/remove-background', BASE), {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

export async function status(jobId: string) {
  const res = await fetch(new URL(`/v2/status/${encodeURIComponent(jobId)}`, BASE).toString());
  return res.json();
}

import { CUTOUT_URL, MASK_URL } from './config';

export async function cutout(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = await res.json();
  return job.statusUrl;
}

export async function mask(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(MASK_URL, {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

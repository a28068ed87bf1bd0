import { CUTOUT_URL, MASK_URL } from './config';

export async function cutout(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = await res.json();
  return job.statusUrl;
}

export async function mask(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await fetch(MASK_URL, {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

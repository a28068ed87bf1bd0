const SENSEI = 'https://image.adobe.io';

export async function cutout(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(`${SENSEI}/v2/remove-background`, {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

export async function status(jobId) {
  const res = await fetch(SENSEI + '/v2/status/' + jobId);
  return res.json();
}

export async function cutoutAndWait(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Once `status.status` is 'succeeded', add `await deliver(status, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = await res.json();
  const statusUrl = job.statusUrl;
  for (;;) {
    const poll = await fetch(statusUrl);
    const status = await poll.json();
    /* rb-migrate RB205: reads the V1 echoed output.href from a status body; V2 status has result.outputs[0].destination.url. Read result.outputs[0].destination.url (download it promptly; it expires). */
    if (status.status === 'succeeded') return status.output.href;
    if (status.status === 'failed') throw new Error('cutout failed');
    await new Promise((r) => setTimeout(r, 2000));
  }
}

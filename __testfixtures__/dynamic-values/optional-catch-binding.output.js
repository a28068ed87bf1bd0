export async function cutoutWithRetry(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const body = JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } });
  try {
    return await (await fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body })).json();
  } catch {
    const res = await fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body });
    const job = await res.json();
    return job.statusUrl;
  }
}

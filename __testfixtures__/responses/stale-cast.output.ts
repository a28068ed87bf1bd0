interface CutoutJob {
  jobId: string;
  statusUrl: string;
}

export async function cutout(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const r = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': 'my-key' },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = (await r.json()) as { jobId: string; statusUrl: string; note?: string };
  return job.statusUrl;
}

export async function mask(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const r = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': 'my-key' },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  const job: CutoutJob = await r.json();
  return job.statusUrl;
}

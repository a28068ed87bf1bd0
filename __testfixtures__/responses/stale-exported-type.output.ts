// Exported: other modules may still read _links from it, so it stays and is reported.
/* rb-migrate RB221: type Job still describes the V1 shape; the code around it was migrated to V2. Use the V2 types: V2Request for the body, {jobId, statusUrl} (V2Accepted) for the POST response; both are exported by rb-migrate. */
export interface Job {
  _links: { self: { href: string } };
}

export async function cutout(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const r = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': 'my-key' },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = (await r.json()) as Job;
  return job.statusUrl;
}

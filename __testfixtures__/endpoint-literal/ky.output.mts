import ky from 'ky';

/* rb-migrate RB221: type Job still describes the V1 shape; the code around it was migrated to V2. Use the V2 types: V2Request for the body, {jobId, statusUrl} (V2Accepted) for the POST response; both are exported by rb-migrate. */
interface Job {
  _links: { self: { href: string } };
}

export async function submit(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate/runtime'`, then delete this line. */
  const job = await ky
    .post('https://image.adobe.io/v2/remove-background', {
      headers: { authorization: `Bearer ${token}` },
      json: { image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } },
    })
    .json<Job>();
  return job.statusUrl;
}

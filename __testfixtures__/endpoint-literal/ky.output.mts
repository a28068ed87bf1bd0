import ky from 'ky';

interface Job {
  jobId: string;
  statusUrl: string;
}

export async function submit(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const job = await ky
    .post('https://image.adobe.io/v2/remove-background', {
      headers: { authorization: `Bearer ${token}` },
      json: { image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } },
    })
    .json<Job>();
  return job.statusUrl;
}

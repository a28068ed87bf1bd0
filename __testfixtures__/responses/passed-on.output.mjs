import { pollJob } from './jobs.mjs';

export async function cutout(inputUrl, outputUrl, headers) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers,
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = await res.json();
  console.log('submitted', job);
  /* rb-migrate RB220: the job response of a rewritten V1 call is passed to pollJob, which may still read _links.self.href. V2 answers {jobId, statusUrl}: make pollJob read statusUrl, or pass job.statusUrl to it (keep _links for other Photoshop APIs). */
  return pollJob(job);
}

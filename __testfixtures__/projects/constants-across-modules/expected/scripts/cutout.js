import { CUTOUT_URL, INPUT_URL } from '../lib/index.js';

export async function cutoutPortrait(token, apiKey) {
  /* rb-migrate RB102: input host files.example.org is not on the V2 allowlist; V2 documents that it rejects it. Copy the input to S3, Azure Blob, Dropbox, Frame.io or Google Cloud Storage and pass a presigned URL from there. */
  /* rb-migrate RB110: V2 does not upload the result to output.href (<output.href>); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: <output.href>, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': apiKey },
    body: JSON.stringify({
      image: { source: { url: INPUT_URL } },
      mode: 'cutout',
      output: { mediaType: 'image/png' },
    }),
  });
  const job = await res.json();
  return job.statusUrl;
}

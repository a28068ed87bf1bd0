// The input URL sits in a constant: the V2 allowlist check still sees its host (pattern 12).
const INPUT_URL = 'https://files.example.org/in.jpg';

async function cut(apiKey, token) {
  /* rb-migrate RB102: input host files.example.org is not on the V2 allowlist; V2 documents that it rejects it. Copy the input to S3, Azure Blob, Dropbox, Frame.io or Google Cloud Storage and pass a presigned URL from there. */
  /* rb-migrate RB110: V2 does not upload the result to output.href (<output.href>); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: <output.href>, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  return fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { 'x-api-key': apiKey, Authorization: `Bearer ${token}` },
    body: JSON.stringify({ image: { source: { url: INPUT_URL } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
}

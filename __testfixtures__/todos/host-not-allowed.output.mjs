/* rb-migrate RB102: input host cdn.example.com is not on the V2 allowlist; V2 documents that it rejects it. Copy the input to S3, Azure Blob, Dropbox, Frame.io or Google Cloud Storage and pass a presigned URL from there. */
/* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
export const submit = (outputUrl) =>
  fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify({
      image: { source: { url: 'https://cdn.example.com/products/shoe.jpg' } },
      mode: 'cutout',
      output: { mediaType: 'image/png' },
    }),
  });

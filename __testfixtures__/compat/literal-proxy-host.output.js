const { v1Fetch } = require('rb-migrate-runtime');

async function cutout(headers, output) {
  /* rb-migrate RB244: this V1 request goes to rb-proxy.internal.example, which v1Fetch does not treat as V1: it would reach that host untouched. If rb-proxy.internal.example serves the Remove Background API (a proxy, a gateway), list it in RB_MIGRATE_V1_HOSTS (comma-separated) where the code runs, or use createV1Fetch({ v1Hosts }) from rb-migrate-runtime; then delete this line. */
  /* rb-migrate RB102: input host images.example.com is not on the V2 allowlist; V2 documents that it rejects it. Copy the input to S3, Azure Blob, Dropbox, Frame.io or Google Cloud Storage and pass a presigned URL from there. */
  const res = await v1Fetch('https://rb-proxy.internal.example/sensei/cutout', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      input: { href: 'https://images.example.com/in.png', storage: 'external' },
      output: { href: output, storage: 'external' },
    }),
  });
  return res.json();
}

module.exports = { cutout };

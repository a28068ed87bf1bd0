import { callApi } from './http';

export async function cutoutProduct(sku: string, inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const job = await callApi('/v2/remove-background', {
    image: { source: { url: inputUrl } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  });
  console.log(`cutout for ${sku} queued`);
  return job.statusUrl;
}

import { request } from 'undici';

export async function submitMask(token, inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const { statusCode, body } = await request('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      image: { source: { url: inputUrl } },
      mode: 'mask',
      output: { mediaType: 'image/png' },
    }),
  });
  if (statusCode !== 202) throw new Error(`unexpected ${statusCode}`);
  const job = await body.json();
  return job.statusUrl;
}

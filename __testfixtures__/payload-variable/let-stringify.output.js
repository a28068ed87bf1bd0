export async function mask(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl) (body `body`); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  let body = {
    image: { source: { url: inputUrl } },
    mode: 'mask',
    output: { mediaType: 'image/png' },
  };
  body = JSON.stringify(body);
  const res = await fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body });
  return res.json();
}

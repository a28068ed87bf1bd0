export async function cutout(signedGet: string, signedPut: string) {
  const input = { href: signedGet, storage: 'external' };
  const output = { href: signedPut, storage: 'external', mask: { format: 'soft' } };
  /* rb-migrate RB110: V2 does not upload the result to output.href (output.href); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: output.href, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: input.href } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

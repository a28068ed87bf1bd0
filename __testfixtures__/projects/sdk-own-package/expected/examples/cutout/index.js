// An app of its own (its own package.json) that uses V1 directly: a user, migrated.
async function cutout(token, apiKey, inputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (<output.href>); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: <output.href>, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  return (await res.json()).statusUrl;
}
module.exports = { cutout };

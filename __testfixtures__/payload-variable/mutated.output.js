const template = require('./template');

async function cutout(signedGet, signedPut) {
  const body = {
    image: { source: { url: '' } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  };
  body.image.source.url = signedGet;
  /* rb-migrate RB110: V2 does not upload the result to output.href (signedPut) (body `body`); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: signedPut, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: template.headers,
    body: JSON.stringify(body),
  });
  return res.json();
}

module.exports = { cutout };

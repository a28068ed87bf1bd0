const request = require('superagent');

async function cutout(token, inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await request
    .post('https://image.adobe.io/v2/remove-background')
    .set('Authorization', `Bearer ${token}`)
    .send({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } });
  return res.body.statusUrl;
}

module.exports = cutout;

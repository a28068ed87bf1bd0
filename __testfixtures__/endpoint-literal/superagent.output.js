const request = require('superagent');

async function cutout(token, inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await request
    .post('https://image.adobe.io/v2/remove-background')
    .set('Authorization', `Bearer ${token}`)
    .send({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } });
  return res.body.statusUrl;
}

module.exports = cutout;

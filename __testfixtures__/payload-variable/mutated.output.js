const template = require('./template');

async function cutout(signedGet, signedPut) {
  const body = {
    image: { source: { url: '' } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  };
  body.image.source.url = signedGet;
  /* rb-migrate RB110: V2 does not upload the result to output.href (signedPut); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: template.headers,
    body: JSON.stringify(body),
  });
  return res.json();
}

module.exports = { cutout };

const axios = require('axios');

async function cutout(headers, inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const { data } = await axios.post(
    'https://image.adobe.io/v2/remove-background',
    {
      image: { source: { url: inputUrl } },
      mode: 'cutout',
      output: { mediaType: 'image/png' },
    },
    { headers },
  );
  return data.statusUrl;
}

module.exports = { cutout };

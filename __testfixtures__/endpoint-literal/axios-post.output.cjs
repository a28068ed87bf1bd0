const axios = require('axios');

async function cutout(headers, inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
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

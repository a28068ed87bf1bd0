const axios = require('axios');

function submitMask(inputUrl, outputUrl, headers) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  return axios
    .post(
      'https://image.adobe.io/v2/remove-background',
      { image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } },
      { headers },
    )
    .then(({ data }) => data.statusUrl);
}

module.exports = { submitMask };

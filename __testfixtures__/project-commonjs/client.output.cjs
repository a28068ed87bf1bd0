const axios = require('axios');
const { CUTOUT_URL, MASK_URL } = require('./config');

async function cutout(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const { data } = await axios.post(CUTOUT_URL, {
    image: { source: { url: inputUrl } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  });
  return data.statusUrl;
}

async function mask(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const { data } = await axios.post(MASK_URL, {
    image: { source: { url: inputUrl } },
    mode: 'mask',
    output: { mediaType: 'image/png' },
  });
  return data.statusUrl;
}

module.exports = { cutout, mask };

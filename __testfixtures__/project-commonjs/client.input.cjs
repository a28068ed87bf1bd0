const axios = require('axios');
const { CUTOUT_URL, MASK_URL } = require('./config');

async function cutout(inputUrl, outputUrl) {
  const { data } = await axios.post(CUTOUT_URL, {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
  return data._links.self.href;
}

async function mask(inputUrl, outputUrl) {
  const { data } = await axios.post(MASK_URL, {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },
  });
  return data._links.self.href;
}

module.exports = { cutout, mask };

const axios = require('axios');

async function cutout(headers, inputUrl, outputUrl) {
  const { data } = await axios.post(
    'https://image.adobe.io/sensei/cutout',
    {
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external' },
    },
    { headers },
  );
  return data._links.self.href;
}

module.exports = { cutout };

const axios = require('axios');

function submitMask(inputUrl, outputUrl, headers) {
  return axios
    .post(
      'https://image.adobe.io/sensei/mask',
      { input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } },
      { headers },
    )
    .then(({ data }) => data._links.self.href);
}

module.exports = { submitMask };

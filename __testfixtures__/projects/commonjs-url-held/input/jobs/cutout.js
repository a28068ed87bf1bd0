const { CUTOUT_URL } = require('../lib/adobe');

async function cutout(inputUrl, outputUrl, token) {
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return (await res.json())._links.self.href;
}

module.exports = { cutout };

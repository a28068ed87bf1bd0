const REST_API = 'https://image.adobe.io/';

async function cutout(inputUrl, outputUrl) {
  const res = await fetch(REST_API + 'sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external' },
    }),
  });
  return res.json();
}

module.exports = { cutout };

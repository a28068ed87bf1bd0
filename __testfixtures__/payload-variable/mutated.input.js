const template = require('./template');

async function cutout(signedGet, signedPut) {
  const body = {
    input: { href: '', storage: 'external' },
    output: { href: '', storage: 'external' },
  };
  body.input.href = signedGet;
  body.output.href = signedPut;
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: template.headers,
    body: JSON.stringify(body),
  });
  return res.json();
}

module.exports = { cutout };

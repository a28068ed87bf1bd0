const request = require('superagent');

async function cutout(token, inputUrl, outputUrl) {
  const res = await request
    .post('https://image.adobe.io/sensei/cutout')
    .set('Authorization', `Bearer ${token}`)
    .send({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } });
  return res.body._links.self.href;
}

module.exports = cutout;

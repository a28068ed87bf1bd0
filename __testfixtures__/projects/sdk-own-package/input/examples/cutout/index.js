// An app of its own (its own package.json) that uses V1 directly: a user, migrated.
async function cutout(token, apiKey, inputUrl) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: 'https://my-bucket.s3.amazonaws.com/out.png', storage: 'external' } }),
  });
  return (await res.json())._links.self.href;
}
module.exports = { cutout };

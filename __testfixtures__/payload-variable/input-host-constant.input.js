// The input URL sits in a constant: the V2 allowlist check still sees its host (pattern 12).
const INPUT_URL = 'https://files.example.org/in.jpg';

async function cut(apiKey, token) {
  return fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { 'x-api-key': apiKey, Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: INPUT_URL, storage: 'external' }, output: { href: 'https://s3.amazonaws.com/b/out.png', storage: 'external' } }),
  });
}

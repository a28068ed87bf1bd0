import axios from 'axios';

// The base ends with a slash, so the paths are relative without a leading one.
const client = axios.create({ baseURL: 'https://image.adobe.io/' });

export async function mask(inputUrl, outputUrl) {
  const res = await client.post('sensei/mask', {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
  return res.data;
}

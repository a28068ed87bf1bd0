import axios from 'axios';

// The base ends with a slash, so the paths are relative without a leading one.
const client = axios.create({ baseURL: 'https://image.adobe.io/' });

export async function mask(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await client.post('v2/remove-background', {
    image: { source: { url: inputUrl } },
    mode: 'mask',
    output: { mediaType: 'image/png' },
  });
  return res.data;
}

import axios from 'axios';

const api = axios.create({ baseURL: 'https://image.adobe.io', timeout: 10_000 });

export async function startMask(inputUrl: string, outputUrl: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'azure' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const response = await api.post('/v2/remove-background', {
    image: { source: { url: inputUrl } },
    mode: 'mask',
    output: { mediaType: 'image/png' },
  });
  return response.data.statusUrl;
}

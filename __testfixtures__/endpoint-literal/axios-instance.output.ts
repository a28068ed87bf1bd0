import axios from 'axios';

const api = axios.create({ baseURL: 'https://image.adobe.io', timeout: 10_000 });

export async function startMask(inputUrl: string, outputUrl: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const response = await api.post('/v2/remove-background', {
    image: { source: { url: inputUrl } },
    mode: 'mask',
    output: { mediaType: 'image/png' },
  });
  return response.data.statusUrl;
}

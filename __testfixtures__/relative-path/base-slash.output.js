import axios from 'axios';

// The base ends with a slash, so the paths are relative without a leading one.
const client = axios.create({ baseURL: 'https://image.adobe.io/' });

export async function mask(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await client.post('v2/remove-background', {
    image: { source: { url: inputUrl } },
    mode: 'mask',
    output: { mediaType: 'image/png' },
  });
  return res.data;
}

import axios from 'axios';

const CUTOUT_URL = process.env.IMAGE_API + '/v2/remove-background';

export async function cutoutOne(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const { data } = await axios.post(CUTOUT_URL, {
    image: { source: { url: inputUrl } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  });
  return data.statusUrl;
}

export async function cutoutPreview(inputUrl: string, previewUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (previewUrl); it hosts it at a temporary URL. Poll `data.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: previewUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const { data } = await axios.post(CUTOUT_URL, {
    image: { source: { url: inputUrl } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  });
  return data.statusUrl;
}

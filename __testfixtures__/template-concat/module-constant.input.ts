import axios from 'axios';

const CUTOUT_URL = process.env.IMAGE_API + '/sensei/cutout';

export async function cutoutOne(inputUrl: string, outputUrl: string) {
  const { data } = await axios.post(CUTOUT_URL, {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
  return data._links.self.href;
}

export async function cutoutPreview(inputUrl: string, previewUrl: string) {
  const { data } = await axios.post(CUTOUT_URL, {
    input: { href: inputUrl, storage: 'external' },
    output: { href: previewUrl, storage: 'external', color: { space: 'rgba' } },
  });
  return data._links.self.href;
}

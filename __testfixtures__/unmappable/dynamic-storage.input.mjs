import { storageFor } from './storage.mjs';

export async function cutout(inputUrl, outputUrl) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: storageFor(inputUrl) },
      output: { href: outputUrl, storage: 'external' },
    }),
  });
  return res.json();
}

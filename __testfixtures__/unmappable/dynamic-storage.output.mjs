import { storageFor } from './storage.mjs';

export async function cutout(inputUrl, outputUrl) {
  /* rb-migrate RB207: input.storage comes from storageFor(inputUrl); its value decides the V2 request (storage, mask format, colour space, type), so the payload was left unchanged. Make the value a literal, or translate the payload at runtime with toV2(). */
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: storageFor(inputUrl) },
      output: { href: outputUrl, storage: 'external' },
    }),
  });
  return res.json();
}

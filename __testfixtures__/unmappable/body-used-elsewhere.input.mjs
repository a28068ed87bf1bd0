import { audit } from './audit.mjs';

export async function cutout(inputUrl, outputUrl) {
  const body = { input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } };
  console.log('cutout request', body);
  await audit.record(body);
  const res = await fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}

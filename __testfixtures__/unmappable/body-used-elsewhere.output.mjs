import { audit } from './audit.mjs';

export async function cutout(inputUrl, outputUrl) {
  const body = { input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } };
  console.log('cutout request', body);
  await audit.record(body);
  /* rb-migrate RB201: V1 payload cannot be rewritten statically (held in a variable that is also used for something else); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  const res = await fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}

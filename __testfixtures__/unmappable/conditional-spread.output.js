export async function mask(inputUrl, outputUrl, fmt) {
  /* rb-migrate RB201: V1 payload cannot be rewritten statically (...(fmt ? { mask: { format: fmt } } : {})); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', ...(fmt ? { mask: { format: fmt } } : {}) },
    }),
  });
  return res.json();
}

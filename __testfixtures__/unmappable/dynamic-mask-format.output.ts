export async function mask(inputUrl: string, outputUrl: string, format: 'soft' | 'binary') {
  /* rb-migrate RB207: output.mask.format comes from format; its value decides the V2 request (storage, mask format, colour space, type), so the payload was left unchanged. Make the value a literal, or translate the payload at runtime with toV2(). */
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', mask: { format } },
    }),
  });
  return res.json();
}

const DEST = 'output';

export async function cutout(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB201: V1 payload cannot be rewritten statically ([DEST]: { href: outputUrl, storage: 'external' }); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      [DEST]: { href: outputUrl, storage: 'external' },
    }),
  });
  return res.json();
}

const body = {
  input: { href: process.env.INPUT_URL, storage: 'external' },
  output: { href: process.env.OUTPUT_URL, storage: 'external' },
};

/* rb-migrate RB201: V1 payload cannot be rewritten statically (JSON.stringify(body) is posted to several V1 endpoints); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
export const cutout = () => fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify(body) });
/* rb-migrate RB201: V1 payload cannot be rewritten statically (JSON.stringify(body) is posted to several V1 endpoints); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
export const mask = () => fetch('https://image.adobe.io/sensei/mask', { method: 'POST', body: JSON.stringify(body) });

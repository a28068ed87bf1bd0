const MASK_URL = 'https://image.adobe.io/sensei/mask';

export function submitMask(options) {
  /* rb-migrate RB201: V1 payload cannot be rewritten statically (options); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  return fetch(MASK_URL, options);
}

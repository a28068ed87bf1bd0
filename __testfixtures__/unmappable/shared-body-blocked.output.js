import { register } from './registry.js';

const CUTOUT_URL = 'https://image.adobe.io/sensei/cutout';
const body = JSON.stringify({
  input: { href: process.env.INPUT_URL, storage: 'external' },
  output: { href: process.env.OUTPUT_URL, storage: 'external' },
});

/* rb-migrate RB209: V1 endpoint 'https://image.adobe.io/sensei/cutout' is used where its request body cannot be found; the URL was left unchanged. Send the body in the same call as the URL (fetch/axios/got/ky/superagent or a wrapper taking (url, body)), or migrate this request by hand: see docs/mapping.md. */
register('cutout', CUTOUT_URL);

export const viaConstant = () => fetch(CUTOUT_URL, { method: 'POST', body });
/* rb-migrate RB201: V1 payload cannot be rewritten statically (also sent by a V1 request that stays unchanged); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
export const viaLiteral = () => fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body });

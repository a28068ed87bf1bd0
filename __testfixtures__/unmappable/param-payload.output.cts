import axios from 'axios';

export function submitCutout(payload: { input: object; output: object }) {
  /* rb-migrate RB201: V1 payload cannot be rewritten statically (payload); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  return axios.post('https://image.adobe.io/sensei/cutout', payload);
}

import { createClient } from './client';

const ENDPOINTS = {
  cutout: 'https://image.adobe.io/sensei/cutout',
  mask: 'https://image.adobe.io/sensei/mask',
} as const;

/* rb-migrate RB209: V1 endpoint 'https://image.adobe.io/sensei/cutout' is used where its request body cannot be found; the URL was left unchanged. Send the body in the same call as the URL (fetch/axios/got/ky/superagent or a wrapper taking (url, body)), or migrate this request by hand: see docs/mapping.md. */
/* rb-migrate RB209: V1 endpoint 'https://image.adobe.io/sensei/mask' is used where its request body cannot be found; the URL was left unchanged. Send the body in the same call as the URL (fetch/axios/got/ky/superagent or a wrapper taking (url, body)), or migrate this request by hand: see docs/mapping.md. */
export const client = createClient(ENDPOINTS);

import { CUTOUT_URL } from '../lib/endpoints.js';

// Cannot migrate statically: the storage comes from the caller (RB207). So CUTOUT_URL stays V1, and the
// request in external.js with it (RB262): a V2 URL would otherwise receive this V1 body.
export async function cutoutAnyStorage(headers, storage, input, output) {
  /* rb-migrate RB207: input.storage comes from storage; its value decides the V2 request (storage, mask format, colour space, type), so the payload was left unchanged. Make the value a literal, or translate the payload at runtime with toV2(). */
  const body = { input: { storage, href: input }, output: { storage, href: output } };
  const res = await fetch(CUTOUT_URL, { method: 'POST', headers, body: JSON.stringify(body) });
  return res.json();
}

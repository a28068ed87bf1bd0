import { CUTOUT_URL } from '../lib/endpoints.js';

// Cannot migrate statically: the storage comes from the caller (RB207). So CUTOUT_URL stays V1, and the
// request in external.js with it (RB262): a V2 URL would otherwise receive this V1 body.
export async function cutoutAnyStorage(headers, storage, input, output) {
  const body = { input: { storage, href: input }, output: { storage, href: output } };
  const res = await fetch(CUTOUT_URL, { method: 'POST', headers, body: JSON.stringify(body) });
  return res.json();
}

const BASE = 'https://image.adobe.io';

const ENDPOINTS = {
  cutout: `${BASE}/sensei/cutout`,
  mask: `${BASE}/sensei/mask`,
  status: `${BASE}/sensei/status/`,
  actions: `${BASE}/pie/psdService/photoshopActions`,
};

export async function cutout(inputUrl, outputUrl) {
  const res = await fetch(ENDPOINTS.cutout, {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = await res.json();
  return job._links.self.href;
}

export async function mask(inputUrl, outputUrl) {
  const res = await fetch(ENDPOINTS['mask'], {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return res.json();
}

export const status = (id) => fetch(ENDPOINTS.status + id).then((r) => r.json());

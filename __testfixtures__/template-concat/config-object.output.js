const BASE = 'https://image.adobe.io';

const ENDPOINTS = {
  cutout: `${BASE}/v2/remove-background`,
  mask: `${BASE}/v2/remove-background`,
  status: `${BASE}/v2/status/`,
  actions: `${BASE}/pie/psdService/photoshopActions`,
};

export async function cutout(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(ENDPOINTS.cutout, {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = await res.json();
  return job.statusUrl;
}

export async function mask(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(ENDPOINTS['mask'], {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

export const status = (id) => fetch(ENDPOINTS.status + id).then((r) => r.json());

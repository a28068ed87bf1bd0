const BASE = 'https://image.adobe.io';

const ENDPOINTS = {
  cutout: `${BASE}/v2/remove-background`,
  mask: `${BASE}/v2/remove-background`,
  status: `${BASE}/v2/status/`,
  actions: `${BASE}/pie/psdService/photoshopActions`,
};

export async function cutout(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await fetch(ENDPOINTS.cutout, {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = await res.json();
  return job.statusUrl;
}

export async function mask(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await fetch(ENDPOINTS['mask'], {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

export const status = (id) => fetch(ENDPOINTS.status + id).then((r) => r.json());

import { toV2Request } from 'rb-migrate-runtime/translate';

const BASE = 'https://image.adobe.io';

export async function cutout(payload) {
  /* rb-migrate RB264: the V1 body payload is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
  /* rb-migrate RB110: V2 does not upload the result to output.href (payload.output.href); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: payload.output.href, storage: payload.output.storage });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(`${BASE}/v2/remove-background`, { method: 'POST', body: JSON.stringify(toV2Request(payload, { endpoint: 'cutout' })) });
  const job = await res.json();
  return job.statusUrl.split('/').pop();
}

export async function status(jobId) {
  const res = await fetch(`${BASE}/v2/status/${jobId}`);
  return res.json();
}

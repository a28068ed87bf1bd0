import { toV2Request } from 'rb-migrate-runtime/translate';

// Pattern: a V1 template cloned per request (structuredClone, Object.assign), then filled in.
const TEMPLATE = {
  input: { href: '', storage: 'external' },
  output: { href: '', storage: 'external', mask: { format: 'soft' } },
};

export async function mask(inputUrl, outputUrl) {
  const body = structuredClone(TEMPLATE);
  body.input.href = inputUrl;
  body.output.href = outputUrl;
  /* rb-migrate RB264: the V1 body body is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
  /* rb-migrate RB110: V2 does not upload the result to output.href (body.output.href); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: body.output.href, storage: body.output.storage });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body: JSON.stringify(toV2Request(body, { endpoint: 'mask' })) });
  const job = await res.json();
  return job.statusUrl;
}

export async function cutout(overrides) {
  /* rb-migrate RB264: the V1 body Object.assign({}, TEMPLATE, overrides) is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
  /* rb-migrate RB110: V2 does not upload the result to output.href (<output.href>); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: <output.href>, storage: <output.storage> });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify(toV2Request(Object.assign({}, TEMPLATE, overrides), { endpoint: 'cutout' })),
  });
  return (await res.json()).statusUrl;
}

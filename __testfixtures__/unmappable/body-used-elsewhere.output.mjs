import { audit } from './audit.mjs';
import { toV2Request } from 'rb-migrate-runtime/translate';

export async function cutout(inputUrl, outputUrl) {
  const body = { input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } };
  console.log('cutout request', body);
  await audit.record(body);
  /* rb-migrate RB264: the V1 body body is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
  /* rb-migrate RB110: V2 does not upload the result to output.href (body.output.href); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: body.output.href, storage: body.output.storage });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body: JSON.stringify(toV2Request(body, { endpoint: 'cutout' })) });
  return res.json();
}

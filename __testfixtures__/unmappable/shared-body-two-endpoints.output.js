import { toV2Request } from 'rb-migrate-runtime/translate';

const body = {
  input: { href: process.env.INPUT_URL, storage: 'external' },
  output: { href: process.env.OUTPUT_URL, storage: 'external' },
};

/* rb-migrate RB264: the V1 body body is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
/* rb-migrate RB110: V2 does not upload the result to output.href (body.output.href); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: body.output.href, storage: body.output.storage });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
export const cutout = () => fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body: JSON.stringify(toV2Request(body, { endpoint: 'cutout' })) });
/* rb-migrate RB264: the V1 body body is built at run time, so it is translated where it is sent (toV2Request from rb-migrate-runtime/translate); what it holds cannot be known statically: toV2Request reports its losses when it runs. At run time toV2Request throws on a body V2 cannot express (RB1xx errors) and logs each other loss as `rb-migrate RB1xx (warning)`: run the code once, check those logs, then write the V2 body directly (docs/mapping.md) or keep the call, and delete this note. */
/* rb-migrate RB110: V2 does not upload the result to output.href (body.output.href); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: body.output.href, storage: body.output.storage });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
export const mask = () => fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body: JSON.stringify(toV2Request(body, { endpoint: 'mask' })) });

import { getClient } from '../lib/sdk.mjs';

const sdk = await getClient();
const job = await sdk.autoTone(
  { href: process.env.RB_INPUT_URL, storage: 'external' },
  { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' },
);
console.log(job.outputs[0].status);

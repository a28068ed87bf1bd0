import { getClient } from '../lib/sdk.mjs';

const sdk = await getClient();
/* rb-migrate RB213: V1 SDK client of sdk.createCutout() (.autoTone() is not a Remove Background call in ../scripts/tone.mjs) is shared with code rb-migrate does not migrate, so it stays a V1 SDK client. Every user of a shared client must change in the same run: give the Remove Background calls their own createRemoveBackgroundClient({ apiKey, token }) client, or migrate the other users first. */
const job = await sdk.createCutout(
  { href: process.env.RB_INPUT_URL, storage: 'external' },
  { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' },
);
console.log(job.outputs[0].status);

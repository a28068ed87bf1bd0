const { initSDK } = require('../config/config');

async function main() {
  const client = await initSDK();
  /* rb-migrate RB213: V1 SDK client of client.createCutout() (.autoTone() is not a Remove Background call in ../scripts/auto-tone.js) is shared with code rb-migrate does not migrate, so it stays a V1 SDK client. Every user of a shared client must change in the same run: give the Remove Background calls their own createRemoveBackgroundClient({ apiKey, token }) client, or migrate the other users first. */
  const result = await client.createCutout(
    { href: process.env.RB_INPUT_URL, storage: 'external' },
    { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' },
  );
  console.log(JSON.stringify({ app: 'cutout', status: result.outputs[0].status }));
}

main();

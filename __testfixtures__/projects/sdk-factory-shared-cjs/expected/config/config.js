const psApiLib = require('@adobe/aio-lib-photoshop-api');

const orgId = process.env.RB_ORG_ID;
const apiKey = process.env.RB_API_KEY;
const token = process.env.RB_TOKEN;

async function initSDK() {
  return await psApiLib.init(orgId, apiKey, token, undefined, {});
}

/* rb-migrate RB213: V1 SDK client module.exports.initSDK (.autoTone() is not a Remove Background call in ../scripts/auto-tone.js) is shared with code rb-migrate does not migrate, so it stays a V1 SDK client. Every user of a shared client must change in the same run: give the Remove Background calls their own createRemoveBackgroundClient({ apiKey, token }) client, or migrate the other users first. */
module.exports = { initSDK };

const psApiLib = require('@adobe/aio-lib-photoshop-api');

const orgId = process.env.RB_ORG_ID;
const apiKey = process.env.RB_API_KEY;
const token = process.env.RB_TOKEN;

async function initSDK() {
  return await psApiLib.init(orgId, apiKey, token, undefined, {});
}

module.exports = { initSDK };

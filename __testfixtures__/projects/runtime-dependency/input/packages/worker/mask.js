const sdk = require('@adobe/aio-lib-photoshop-api');

async function mask(input, output) {
  const client = await sdk.init(process.env.RB_ORG_ID, process.env.RB_API_KEY, process.env.RB_TOKEN);
  return client.createMask(input, output);
}

module.exports = { mask };

const sdk = require('@adobe/aio-lib-photoshop-api');

async function main(orgId, apiKey, token, input, output, actions) {
  const client = await sdk.init(orgId, apiKey, token);
  const cut = await client.createCutout(input, output);
  const edited = await client.applyPhotoshopActions(output, output, { actions });
  return [cut.jobId, edited.jobId];
}

module.exports = { main };

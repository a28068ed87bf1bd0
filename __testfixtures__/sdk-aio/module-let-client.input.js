const sdk = require('@adobe/aio-lib-photoshop-api');

let client;

async function setup(config) {
  client = await sdk.init(config.orgId, config.apiKey, config.token);
}

async function cutout(input, output) {
  const job = await client.createCutout(input, output);
  return job.jobId;
}

module.exports = { setup, cutout };

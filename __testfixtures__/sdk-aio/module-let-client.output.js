const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

let client;

async function setup(config) {
  client = await createRemoveBackgroundClient({ apiKey: config.apiKey, token: config.token });
}

async function cutout(input, output) {
  const job = await client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob);
  return job.jobId;
}

module.exports = { setup, cutout };

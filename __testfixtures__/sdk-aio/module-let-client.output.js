const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate');

let client;

async function setup(config) {
  client = await createRemoveBackgroundClient({ apiKey: config.apiKey, token: config.token });
}

async function cutout(input, output) {
  const job = await client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob);
  return job.jobId;
}

module.exports = { setup, cutout };

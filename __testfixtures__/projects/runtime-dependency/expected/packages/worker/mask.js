const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function mask(input, output) {
  const client = await createRemoveBackgroundClient({ apiKey: process.env.RB_API_KEY, token: process.env.RB_TOKEN });
  return client.runV1(fromAioArgs(input, output), { endpoint: 'mask' }).then(toAioJob);
}

module.exports = { mask };

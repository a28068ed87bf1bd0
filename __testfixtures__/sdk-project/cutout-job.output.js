const { getClient } = require('./photoshop-client');
const { fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function cutout(input, output) {
  const client = await getClient();
  const job = await client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob);
  return job.outputs[0].status;
}

module.exports = { cutout };

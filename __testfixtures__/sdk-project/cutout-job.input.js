const { getClient } = require('./photoshop-client');

async function cutout(input, output) {
  const client = await getClient();
  const job = await client.createCutout(input, output);
  return job.outputs[0].status;
}

module.exports = { cutout };

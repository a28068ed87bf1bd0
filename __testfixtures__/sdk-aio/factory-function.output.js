const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function getClient() {
  return createRemoveBackgroundClient({ apiKey: process.env.API_KEY, token: process.env.TOKEN });
}

const getMaskClient = () => Promise.resolve(createRemoveBackgroundClient({ apiKey: process.env.API_KEY, token: process.env.TOKEN }));

async function cutout(input, output) {
  const job = await (await getClient()).runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob);
  return job.outputs[0];
}

async function mask(input, output) {
  const c = await getMaskClient();
  const job = await c.runV1(fromAioArgs(input, output), { endpoint: 'mask' }).then(toAioJob);
  return job.outputs[0];
}

module.exports = { cutout, mask };

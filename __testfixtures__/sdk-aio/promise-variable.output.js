const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

const clientPromise = Promise.resolve(createRemoveBackgroundClient({ apiKey: process.env.API_KEY, token: process.env.TOKEN }));

function mask(input, output) {
  return clientPromise.then((client) => client.runV1(fromAioArgs(input, output), { endpoint: 'mask' }).then(toAioJob)).then((job) => job.outputs[0].status);
}

module.exports = { mask };

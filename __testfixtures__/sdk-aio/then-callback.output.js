const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

function cutout(orgId, apiKey, token, input, output) {
  return Promise.resolve(createRemoveBackgroundClient({ apiKey, token }))
    .then((client) => client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob))
    .then((job) => job.outputs[0].status);
}

module.exports = { cutout };

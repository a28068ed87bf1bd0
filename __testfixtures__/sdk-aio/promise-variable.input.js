const sdk = require('@adobe/aio-lib-photoshop-api');

const clientPromise = sdk.init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);

function mask(input, output) {
  return clientPromise.then((client) => client.createMask(input, output)).then((job) => job.outputs[0].status);
}

module.exports = { mask };

const sdk = require('@adobe/aio-lib-photoshop-api');

async function getClient() {
  return sdk.init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);
}

const getMaskClient = () => sdk.init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);

async function cutout(input, output) {
  const job = await (await getClient()).createCutout(input, output);
  return job.outputs[0];
}

async function mask(input, output) {
  const c = await getMaskClient();
  const job = await c.createMask(input, output);
  return job.outputs[0];
}

module.exports = { cutout, mask };

const sdk = require('@adobe/aio-lib-photoshop-api');
const filesLib = require('@adobe/aio-lib-files');

async function main(orgId, apiKey, token) {
  const files = await filesLib.init();
  const client = await sdk.init(orgId, apiKey, token, files);
  const job = await client.createCutout(
    { href: 'input/photo.jpg', storage: sdk.Storage.AIO },
    { href: 'output/photo.png', storage: sdk.Storage.AIO },
  );
  return job.outputs[0].status;
}

module.exports = { main };

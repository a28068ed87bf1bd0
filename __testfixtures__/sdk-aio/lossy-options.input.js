const { init, CreateMaskType, Storage } = require('@adobe/aio-lib-photoshop-api');

async function hardMask(orgId, apiKey, token, inputUrl, outputUrl) {
  const client = await init(orgId, apiKey, token);
  const job = await client.createMask(
    { href: inputUrl, storage: Storage.EXTERNAL },
    { href: outputUrl, storage: Storage.EXTERNAL, mask: { format: CreateMaskType.BINARY }, overwrite: false },
  );
  return job.outputs[0].status;
}

module.exports = { hardMask };

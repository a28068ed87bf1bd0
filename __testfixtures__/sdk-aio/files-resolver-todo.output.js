const sdk = require('@adobe/aio-lib-photoshop-api');
const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');
const filesLib = require('@adobe/aio-lib-files');

async function main(orgId, apiKey, token) {
  const files = await filesLib.init();
  /* rb-migrate RB211: the aio-lib-files instance files given to init() is not used by rb-migrate. Presign file paths yourself (files.generatePresignURL) and pass the URLs to createCutout/createMask. */
  const client = await createRemoveBackgroundClient({ apiKey, token });
  /* rb-migrate RB210: V1 SDK storage href: 'input/photo.jpg' cannot be carried over to V2 (Creative Cloud path or aio-lib-files path). V2 reads a presigned https URL and returns a hosted result: pass a presigned input URL and a presigned PUT output URL (runV1 delivers there). */
  /* rb-migrate RB210: V1 SDK storage href: 'output/photo.png' cannot be carried over to V2 (Creative Cloud path or aio-lib-files path). V2 reads a presigned https URL and returns a hosted result: pass a presigned input URL and a presigned PUT output URL (runV1 delivers there). */
  /* rb-migrate RB210: V1 SDK storage sdk.Storage.AIO cannot be carried over to V2 (Creative Cloud path or aio-lib-files path). V2 reads a presigned https URL and returns a hosted result: pass a presigned input URL and a presigned PUT output URL (runV1 delivers there). */
  const job = await client.runV1(fromAioArgs(
    { href: 'input/photo.jpg', storage: sdk.Storage.AIO },
    { href: 'output/photo.png', storage: sdk.Storage.AIO },
  ), { endpoint: 'cutout' }).then(toAioJob);
  return job.outputs[0].status;
}

module.exports = { main };

'use strict';
const sdk = require('@adobe/aio-lib-photoshop-api');

async function main(orgId, apiKey, token, inputUrl, outputUrl) {
  const client = await sdk.init(orgId, apiKey, token);
  const job = await client.createCutout(
    { href: inputUrl, storage: sdk.Storage.EXTERNAL },
    { href: outputUrl, storage: sdk.Storage.EXTERNAL, type: sdk.MimeType.PNG },
  );
  console.log(job.jobId, job.outputs[0].status, job.outputs[0]._links.self.href);
  return job.isDone();
}

module.exports = { main };

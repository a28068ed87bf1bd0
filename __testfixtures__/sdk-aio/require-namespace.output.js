'use strict';
const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function main(orgId, apiKey, token, inputUrl, outputUrl) {
  const client = await createRemoveBackgroundClient({ apiKey, token });
  const job = await client.runV1(fromAioArgs(
    { href: inputUrl, storage: 'external' },
    { href: outputUrl, storage: 'external', type: 'image/png' },
  ), { endpoint: 'cutout' }).then(toAioJob);
  console.log(job.jobId, job.outputs[0].status, job.outputs[0]._links.self.href);
  return job.isDone();
}

module.exports = { main };

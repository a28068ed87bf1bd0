const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');
const images = require('./images');

class Editor {
  async createCutout(input, output) {
    return images.createCutout(input, output);
  }
}

async function main(orgId, apiKey, token, input, output) {
  const editor = new Editor();
  await editor.createCutout(input, output);
  await images.createMask(input, output);
  const client = await createRemoveBackgroundClient({ apiKey, token });
  const job = await client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob);
  return job.jobId;
}

module.exports = { main };

const sdk = require('@adobe/aio-lib-photoshop-api');
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
  const client = await sdk.init(orgId, apiKey, token);
  const job = await client.createCutout(input, output);
  return job.jobId;
}

module.exports = { main };

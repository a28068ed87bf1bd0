const sdk = require('@adobe/aio-lib-photoshop-api');

class ImageService {
  async connect(orgId, apiKey, token) {
    this.client = await sdk.init(orgId, apiKey, token);
  }

  async cutout(input, output) {
    const job = await this.client.createCutout(input, output);
    return job.outputs[0].status;
  }

  mask(input, output) {
    return this.client.createMask(input, output).then((job) => job.jobId);
  }
}

module.exports = { ImageService };

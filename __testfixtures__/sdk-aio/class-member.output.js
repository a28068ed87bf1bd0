const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

class ImageService {
  async connect(orgId, apiKey, token) {
    this.client = await createRemoveBackgroundClient({ apiKey, token });
  }

  async cutout(input, output) {
    const job = await this.client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob);
    return job.outputs[0].status;
  }

  mask(input, output) {
    return this.client.runV1(fromAioArgs(input, output), { endpoint: 'mask' }).then(toAioJob).then((job) => job.jobId);
  }
}

module.exports = { ImageService };

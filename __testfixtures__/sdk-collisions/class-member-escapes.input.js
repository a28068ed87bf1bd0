const sdk = require('@adobe/aio-lib-photoshop-api');

class Jobs {
  async connect(orgId, apiKey, token) {
    this.client = await sdk.init(orgId, apiKey, token);
  }

  async cutout(input, output) {
    return this.client.createCutout(input, output);
  }

  raw() {
    // hands the SDK client out: rb-migrate cannot follow it
    return this.client;
  }
}

class Other {
  createCutout() {
    return this.client.createCutout();
  }
}

module.exports = { Jobs, Other };

const sdk = require('@adobe/aio-lib-photoshop-api');

class Jobs {
  async connect(orgId, apiKey, token) {
    this.client = await sdk.init(orgId, apiKey, token);
  }

  async cutout(input, output) {
    /* rb-migrate RB212: V1 SDK call this.client.createCutout (returned from a function rb-migrate does not follow) was left unchanged: its client is used in a way rb-migrate cannot follow, or was not rewritten. Create the client with createRemoveBackgroundClient({ apiKey, token }) and call client.runV1(body, { endpoint }) where it is used. */
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

// Wrapper module: a client factory shared by the project.
const sdk = require('@adobe/aio-lib-photoshop-api');
const config = require('./config');

async function getClient() {
  return sdk.init(config.orgId, config.apiKey, config.token);
}

module.exports = { getClient };

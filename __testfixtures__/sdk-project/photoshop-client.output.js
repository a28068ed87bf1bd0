// Wrapper module: a client factory shared by the project.
const { createRemoveBackgroundClient } = require('rb-migrate-runtime');
const config = require('./config');

async function getClient() {
  return createRemoveBackgroundClient({ apiKey: config.apiKey, token: config.token });
}

module.exports = { getClient };

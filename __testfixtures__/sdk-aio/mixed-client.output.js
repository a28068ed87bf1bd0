const sdk = require('@adobe/aio-lib-photoshop-api');

async function main(orgId, apiKey, token, input, output, actions) {
  const client = await sdk.init(orgId, apiKey, token);
  /* rb-migrate RB212: V1 SDK call client.createCutout (.applyPhotoshopActions() is not a Remove Background call) was left unchanged: its client is used in a way rb-migrate cannot follow, or was not rewritten. Create the client with createRemoveBackgroundClient({ apiKey, token }) and call client.runV1(body, { endpoint }) where it is used. */
  const cut = await client.createCutout(input, output);
  const edited = await client.applyPhotoshopActions(output, output, { actions });
  return [cut.jobId, edited.jobId];
}

module.exports = { main };

const { createRemoveBackgroundClient, toPhotoshopResponse } = require('rb-migrate-runtime');

async function mask(clientId, tokenProvider, inputUrl, outputUrl, signal) {
  const client = createRemoveBackgroundClient({ apiKey: clientId, getToken: () => tokenProvider.getToken() });
  const { result } = await client.runV1(
    {
      input: { href: inputUrl, storage: 'azure' },
      output: { href: outputUrl, storage: 'azure', mask: { format: 'soft' } },
    },
    { signal, endpoint: 'mask' },
  ).then(toPhotoshopResponse);
  return result.status;
}

module.exports = { mask };

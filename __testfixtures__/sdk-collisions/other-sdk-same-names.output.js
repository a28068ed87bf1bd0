// A different package whose client also has createCutout/removeBackground: not an Adobe V1 SDK.
const other = require('other-image-sdk');

async function main(key, input, output) {
  const client = await other.init('org', key, 'token');
  await client.createCutout(input, output);
  const ps = new other.PhotoshopClient({ clientId: key });
  return ps.removeBackground({ input, output });
}

module.exports = { main };

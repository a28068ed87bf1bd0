const sdk = require('@adobe/aio-lib-photoshop-api');

async function withLiteral(orgId, apiKey, token, myFetch) {
  const client = await sdk.init(orgId, apiKey, token, undefined, { userFetch: myFetch, 'User-Agent': 'my-app/1.0', presignExpiryInSeconds: 600 });
  return client.createCutout('https://bucket.s3.amazonaws.com/in.png', 'https://bucket.s3.amazonaws.com/out.png');
}

async function withVariable(orgId, apiKey, token, options) {
  const client = await sdk.init(orgId, apiKey, token, null, options);
  return client.createMask('https://bucket.s3.amazonaws.com/in.png', 'https://bucket.s3.amazonaws.com/mask.png');
}

module.exports = { withLiteral, withVariable };

const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function withLiteral(orgId, apiKey, token, myFetch) {
  const client = await createRemoveBackgroundClient({ apiKey, token, fetch: myFetch, userAgent: 'my-app/1.0' });
  return client.runV1(fromAioArgs('https://bucket.s3.amazonaws.com/in.png', 'https://bucket.s3.amazonaws.com/out.png'), { endpoint: 'cutout' }).then(toAioJob);
}

async function withVariable(orgId, apiKey, token, options) {
  const client = await createRemoveBackgroundClient({ apiKey, token, fetch: options?.userFetch, userAgent: options?.['User-Agent'] });
  return client.runV1(fromAioArgs('https://bucket.s3.amazonaws.com/in.png', 'https://bucket.s3.amazonaws.com/mask.png'), { endpoint: 'mask' }).then(toAioJob);
}

module.exports = { withLiteral, withVariable };

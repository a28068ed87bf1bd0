import { createRemoveBackgroundClient, fromPhotoshopConfig, toPhotoshopResponse } from 'rb-migrate-runtime';

const config = { clientId: process.env.CLIENT_ID, tokenProvider: globalThis.tokenProvider };
const client = createRemoveBackgroundClient(fromPhotoshopConfig(config));

export async function cutout(body) {
  const res = await client.runV1(body, { endpoint: 'cutout' }).then(toPhotoshopResponse);
  return res.result;
}

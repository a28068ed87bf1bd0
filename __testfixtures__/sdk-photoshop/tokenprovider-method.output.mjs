import { createRemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

const client = createRemoveBackgroundClient({ apiKey: process.env.CLIENT_ID, getToken: async function () {
      return process.env.ACCESS_TOKEN;
    } });

const { result } = await client.runV1({
  input: { href: process.env.INPUT_URL, storage: 'external' },
  output: { href: process.env.OUTPUT_URL, storage: 'external', color: { space: 'rgba' } },
}, { endpoint: 'cutout' }).then(toPhotoshopResponse);
console.log(JSON.stringify({ status: result.status }));

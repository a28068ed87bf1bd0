const { initSDK } = require('../config/config');

async function main() {
  const client = await initSDK();
  const result = await client.straighten(
    { href: process.env.RB_INPUT_URL, storage: 'external' },
    { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' },
  );
  console.log(JSON.stringify({ app: 'straighten', status: result.outputs[0].status }));
}

main();

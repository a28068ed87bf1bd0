const sdk = require('@adobe/aio-lib-photoshop-api');

async function main() {
  const client = await sdk.init(process.env.RB_ORG_ID, process.env.RB_API_KEY, process.env.RB_TOKEN);
  const result = await client.createMask(
    { href: process.env.RB_INPUT_URL, storage: 'external' },
    { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' },
  );
  console.log(JSON.stringify({ app: 'mask', status: result.outputs[0].status }));
}

main();

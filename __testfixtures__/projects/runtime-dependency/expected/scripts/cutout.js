const { createRemoveBackgroundClient, fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function main() {
  const client = await createRemoveBackgroundClient({ apiKey: process.env.RB_API_KEY, token: process.env.RB_TOKEN });
  const result = await client.runV1(fromAioArgs(
    { href: process.env.RB_INPUT_URL, storage: 'external' },
    { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' },
  ), { endpoint: 'cutout' }).then(toAioJob);
  console.log(JSON.stringify({ app: 'cutout', status: result.outputs[0].status }));
}

main();

const { initSDK } = require('../config/config');
const { fromAioArgs, toAioJob } = require('rb-migrate-runtime');

async function main() {
  const client = await initSDK();
  const job = await client.runV1(fromAioArgs(
    { href: process.env.RB_INPUT_URL, storage: 'external' },
    { href: process.env.RB_OUTPUT_URL, storage: 'external', type: 'image/png' },
  ), { endpoint: 'mask' }).then(toAioJob);
  return job.outputs[0].status;
}

main().then(
  (status) => {
    console.log(JSON.stringify({ app: 'mask', status }));
    process.exitCode = status === 'succeeded' ? 0 : 1;
  },
  (error) => {
    console.log(JSON.stringify({ app: 'mask', status: 'error', message: error.message }));
    process.exitCode = 2;
  },
);

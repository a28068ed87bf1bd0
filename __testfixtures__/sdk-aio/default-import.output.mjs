import { createRemoveBackgroundClient, fromAioArgs, toAioJob } from 'rb-migrate-runtime';

const client = await createRemoveBackgroundClient({ apiKey: process.env.API_KEY, token: process.env.TOKEN });
const job = await client.runV1(fromAioArgs(process.env.INPUT_URL, process.env.OUTPUT_URL), { endpoint: 'mask' }).then(toAioJob);
console.log(JSON.stringify({ status: job.outputs[0].status }));

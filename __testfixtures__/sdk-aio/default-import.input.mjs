import sdk from '@adobe/aio-lib-photoshop-api';

const client = await sdk.init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);
const job = await client.createMask(process.env.INPUT_URL, process.env.OUTPUT_URL);
console.log(JSON.stringify({ status: job.outputs[0].status }));

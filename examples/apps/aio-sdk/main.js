// V1 style (c): the official aio-lib SDK (createCutout waits for the job and leaves the result at output).
const sdk = require('@adobe/aio-lib-photoshop-api');

const base = process.env.RB_API_BASE;
// aio-lib talks to https://image.adobe.io; userFetch lets this app point it elsewhere (e.g. an emulator).
const userFetch = (url, init) => fetch(base ? String(url).replace('https://image.adobe.io', base) : url, init);

async function main() {
  const client = await sdk.init(process.env.RB_ORG_ID, process.env.RB_API_KEY, process.env.RB_TOKEN, undefined, {
    userFetch,
  });
  const job = await client.createCutout(
    { href: process.env.RB_INPUT_URL, storage: sdk.Storage.EXTERNAL },
    {
      href: process.env.RB_OUTPUT_URL,
      storage: process.env.RB_OUTPUT_STORAGE || sdk.Storage.EXTERNAL,
      type: sdk.MimeType.PNG,
    },
  );
  return job.outputs[0].status;
}

main().then(
  (status) => {
    console.log(JSON.stringify({ app: 'aio-sdk', status }));
    process.exitCode = status === 'succeeded' ? 0 : 1;
  },
  (error) => {
    console.log(JSON.stringify({ app: 'aio-sdk', status: 'error', message: error.message }));
    process.exitCode = 2;
  },
);

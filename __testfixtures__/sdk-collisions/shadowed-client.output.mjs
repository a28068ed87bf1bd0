import { createRemoveBackgroundClient, fromAioArgs, toAioJob } from 'rb-migrate-runtime';

const client = await createRemoveBackgroundClient({ apiKey: process.env.API_KEY, token: process.env.TOKEN });

function viaOtherClient(client, input, output) {
  // this `client` is a parameter, not the SDK client
  return client.createCutout(input, output);
}

export async function both(other, input, output) {
  await viaOtherClient(other, input, output);
  return client.runV1(fromAioArgs(input, output), { endpoint: 'cutout' }).then(toAioJob);
}

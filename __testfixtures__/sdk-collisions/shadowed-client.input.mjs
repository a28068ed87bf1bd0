import sdk from '@adobe/aio-lib-photoshop-api';

const client = await sdk.init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);

function viaOtherClient(client, input, output) {
  // this `client` is a parameter, not the SDK client
  return client.createCutout(input, output);
}

export async function both(other, input, output) {
  await viaOtherClient(other, input, output);
  return client.createCutout(input, output);
}

import { client } from './shared-client.mjs';

export async function edit(input, output, actions) {
  return client.applyPhotoshopActions(input, output, { actions });
}

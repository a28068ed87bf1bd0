// A module-level client exported to a module that also uses it for another Photoshop API.
import { init } from '@adobe/aio-lib-photoshop-api';

export const client = await init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);

export async function cutout(input, output) {
  /* rb-migrate RB212: V1 SDK call client.createCutout (exported as client) was left unchanged: its client is used in a way rb-migrate cannot follow, or was not rewritten. Create the client with createRemoveBackgroundClient({ apiKey, token }) and call client.runV1(body, { endpoint }) where it is used. */
  return (await client.createCutout(input, output)).jobId;
}

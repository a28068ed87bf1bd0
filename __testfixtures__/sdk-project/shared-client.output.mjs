// A module-level client exported to a module that also uses it for another Photoshop API.
import { init } from '@adobe/aio-lib-photoshop-api';

/* rb-migrate RB213: V1 SDK client client (.applyPhotoshopActions() is not a Remove Background call in uses-shared-client.mjs) is shared with code rb-migrate does not migrate, so it stays a V1 SDK client. Every user of a shared client must change in the same run: give the Remove Background calls their own createRemoveBackgroundClient({ apiKey, token }) client, or migrate the other users first. */
export const client = await init(process.env.ORG_ID, process.env.API_KEY, process.env.TOKEN);

export async function cutout(input, output) {
  /* rb-migrate RB212: V1 SDK call client.createCutout (exported as client) was left unchanged: its client is used in a way rb-migrate cannot follow, or was not rewritten. Create the client with createRemoveBackgroundClient({ apiKey, token }) and call client.runV1(body, { endpoint }) where it is used. */
  return (await client.createCutout(input, output)).jobId;
}

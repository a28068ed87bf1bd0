import * as psApi from '@adobe/aio-lib-photoshop-api';

/* rb-migrate RB213: V1 SDK client getClient (.autoTone() is not a Remove Background call in ../scripts/tone.mjs) is shared with code rb-migrate does not migrate, so it stays a V1 SDK client. Every user of a shared client must change in the same run: give the Remove Background calls their own createRemoveBackgroundClient({ apiKey, token }) client, or migrate the other users first. */
export async function getClient() {
  return psApi.init(process.env.RB_ORG_ID, process.env.RB_API_KEY, process.env.RB_TOKEN);
}

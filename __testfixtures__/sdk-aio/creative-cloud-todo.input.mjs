import { init, Storage } from '@adobe/aio-lib-photoshop-api';

export async function cutoutToCloud(orgId, apiKey, token, inputUrl) {
  const client = await init(orgId, apiKey, token);
  const job = await client.createCutout(inputUrl, { href: '/files/cutouts/result.png', storage: Storage.ADOBE });
  return job.outputs[0].status;
}

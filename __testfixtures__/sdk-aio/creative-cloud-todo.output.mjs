import { createRemoveBackgroundClient, fromAioArgs, toAioJob } from 'rb-migrate-runtime';

export async function cutoutToCloud(orgId, apiKey, token, inputUrl) {
  const client = await createRemoveBackgroundClient({ apiKey, token });
  /* rb-migrate RB210: V1 SDK storage href: '/files/cutouts/result.png' cannot be carried over to V2 (Creative Cloud path or aio-lib-files path). V2 reads a presigned https URL and returns a hosted result: pass a presigned input URL and a presigned PUT output URL (runV1 delivers there). */
  /* rb-migrate RB210: V1 SDK storage Storage.ADOBE cannot be carried over to V2 (Creative Cloud path or aio-lib-files path). V2 reads a presigned https URL and returns a hosted result: pass a presigned input URL and a presigned PUT output URL (runV1 delivers there). */
  const job = await client.runV1(fromAioArgs(inputUrl, { href: '/files/cutouts/result.png', storage: 'adobe' }), { endpoint: 'cutout' }).then(toAioJob);
  return job.outputs[0].status;
}

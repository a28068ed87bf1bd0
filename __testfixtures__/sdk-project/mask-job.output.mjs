import * as ps from './sdk-reexport.mjs';
import { createRemoveBackgroundClient, fromAioArgs, toAioJob } from 'rb-migrate-runtime';

export async function mask(orgId, apiKey, token, input, output) {
  const client = await createRemoveBackgroundClient({ apiKey, token });
  const job = await client.runV1(fromAioArgs(input, { href: output, storage: 'external' }), { endpoint: 'mask' }).then(toAioJob);
  return job.jobId;
}

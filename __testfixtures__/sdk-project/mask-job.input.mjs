import * as ps from './sdk-reexport.mjs';

export async function mask(orgId, apiKey, token, input, output) {
  const client = await ps.init(orgId, apiKey, token);
  const job = await client.createMask(input, { href: output, storage: ps.Storage.EXTERNAL });
  return job.jobId;
}

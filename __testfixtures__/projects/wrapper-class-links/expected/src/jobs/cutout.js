import { JobClient } from '../lib/job-client.js';

const client = new JobClient(process.env.TOKEN);

export async function cutout(inputUrl, outputUrl) {
  /* rb-migrate RB216: the V1 job response is handled by JobClient.submit() of '../lib/job-client.js' in another module, which reads _links.self.href; this request was left V1. A request and the code reading its response change together: make that function read statusUrl for this job (V2 answers {jobId, statusUrl}), then run rb-migrate rewrite again. */
  return client.submit('/sensei/cutout', {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
}

import { jobs } from '../lib/job-client.js';

export async function cutoutWithSharedClient(inputUrl, outputUrl) {
  /* rb-migrate RB216: the V1 job response is handled by jobs.submit() of '../lib/job-client.js' in another module, which reads _links.self.href; this request was left V1. A request and the code reading its response change together: make that function read statusUrl for this job (V2 answers {jobId, statusUrl}), then run rb-migrate rewrite again. */
  return jobs.submit('/sensei/cutout', {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
}

export async function autoTone(inputUrl, outputUrl) {
  return jobs.submit('/lrService/autoTone', {
    inputs: { href: inputUrl, storage: 'external' },
    outputs: [{ href: outputUrl, storage: 'external', type: 'image/png' }],
  });
}

import { jobs } from '../lib/job-client.js';

export async function cutoutWithSharedClient(inputUrl, outputUrl) {
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

import { JobClient } from '../lib/job-client.js';

const client = new JobClient(process.env.TOKEN);

export async function cutout(inputUrl, outputUrl) {
  return client.submit('/sensei/cutout', {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
}

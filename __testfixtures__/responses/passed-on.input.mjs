import { pollJob } from './jobs.mjs';

export async function cutout(inputUrl, outputUrl, headers) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers,
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = await res.json();
  console.log('submitted', job);
  return pollJob(job);
}

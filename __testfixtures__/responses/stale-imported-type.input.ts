// The response type lives in another module: its members are not visible from here, so it is reported.
import type { Job } from './job-types';

export async function cutout(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  const r = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'x-api-key': 'my-key' },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job: Job = await r.json();
  return job._links.self.href;
}

import { callApi, pollJob } from './adobe-client';

export async function thumbnailCutout(sourceUrl, thumbUrl) {
  const input = { href: sourceUrl, storage: 'external' };
  const output = { href: thumbUrl, storage: 'external', color: { space: 'rgba' } };
  const job = await callApi('/sensei/cutout', { input, output });
  return pollJob(job);
}

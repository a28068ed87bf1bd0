interface CutoutJob {
  jobId: string;
  statusUrl: string;
}

const BASE = 'https://image.adobe.io';

export async function cutout(token: string, inputUrl: string, outputUrl: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const r = await fetch(`${BASE}/v2/remove-background`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const { statusUrl }: CutoutJob = await r.json();
  return statusUrl;
}

export async function mask(token: string, inputUrl: string, outputUrl: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const r = await fetch(`${BASE}/v2/remove-background`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  const job = (await r.json()) as { jobId: string; statusUrl: string };
  const { statusUrl: links } = job;
  const status = await fetch(links, { headers: { Authorization: `Bearer ${token}` } });
  return (await status.json()).status;
}

export async function nested(token: string, inputUrl: string, outputUrl: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const job = await fetch(`${BASE}/v2/remove-background`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  }).then((r) => r.json());
  const { statusUrl: self } = job;
  const { statusUrl: href } = job;
  return self === href ? href : self;
}

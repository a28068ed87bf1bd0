const HOST = 'https://image.adobe.io';

interface SubmitResponse {
  jobId: string;
  statusUrl: string;
}

type MaskJob = {
  readonly jobId: string;
  readonly statusUrl: string;
  submittedAt?: string;
};

function headers(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'x-api-key': process.env.RB_API_KEY ?? '', 'Content-Type': 'application/json' };
}

export async function submitCutout(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(`${HOST}/v2/remove-background`, {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const job = (await res.json()) as SubmitResponse;
  return job.statusUrl;
}

export async function submitMask(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. Poll `job.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const res = await fetch(`${HOST}/v2/remove-background`, {
    method: 'POST',
    headers: headers(token),
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  const job: MaskJob = await res.json();
  return job.statusUrl;
}

export async function submitInline(inputUrl: string, outputUrl: string, token: string): Promise<string> {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl) (body `body`); it hosts it at a temporary URL. Poll `accepted.statusUrl` until the job succeeds, then add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const body = {
    image: { source: { url: inputUrl } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  };
  const res = await fetch(`${HOST}/v2/remove-background`, { method: 'POST', headers: headers(token), body: JSON.stringify(body) });
  const accepted = (await res.json()) as { jobId: string; statusUrl: string };
  return accepted.statusUrl;
}

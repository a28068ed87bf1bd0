import type { CutoutRequest } from './types';

export async function cutout(inputUrl: string, outputUrl: string, token: string) {
  /* rb-migrate RB221: type CutoutRequest still describes the V1 shape; the code around it was migrated to V2. Use the V2 types: V2Request for the body, {jobId, statusUrl} (V2Accepted) for the POST response; both are exported by rb-migrate. */
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl) (body `body`); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: outputUrl, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const body: CutoutRequest = {
    image: { source: { url: inputUrl } },
    mode: 'cutout',
    output: { mediaType: 'image/png' },
  };
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return res.json();
}

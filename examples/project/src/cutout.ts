import { CUTOUT_URL } from './config';
import { adobeHeaders } from './adobe-client';
import { getAccessToken } from './auth';
import { presignGet, presignPut } from './s3';

export interface CutoutResult {
  sku: string;
  statusUrl: string;
}

/** Removes the background of a product photo; V1 writes the PNG to our bucket. */
export async function cutoutProduct(sku: string): Promise<CutoutResult> {
  const token = await getAccessToken();
  const payload = {
    input: { href: await presignGet(`raw/${sku}.jpg`), storage: 'external' },
    // V1 uploads the result here
    output: { href: await presignPut(`cutouts/${sku}.png`), storage: 'external' },
  };
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    headers: adobeHeaders(token),
    body: JSON.stringify(payload),
  });
  if (res.status !== 202) throw new Error(`cutout of ${sku} was not accepted: ${res.status}`);
  const job = await res.json();
  return { sku, statusUrl: job._links.self.href };
}

export async function waitForCutout(result: CutoutResult) {
  const token = await getAccessToken();
  for (;;) {
    const res = await fetch(result.statusUrl, { headers: adobeHeaders(token) });
    const status = await res.json();
    if (status.status === 'succeeded') return status;
    if (status.status === 'failed') throw new Error(`cutout of ${result.sku} failed`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

const BASE = 'https://image.adobe.io';

export async function mask(inputUrl: string, outputUrl: string, headers: Record<string, string>) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await fetch(`${BASE}/v2/remove-background`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      image: { source: { url: inputUrl } },
      mode: 'mask',
      output: { mediaType: 'image/png' },
    }),
  });
  const job = await res.json();
  return job.statusUrl as string;
}

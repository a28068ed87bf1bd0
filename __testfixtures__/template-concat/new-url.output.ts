const BASE = process.env.ADOBE_IMAGE_API ?? 'https://image.adobe.io';

export async function mask(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const res = await fetch(new URL('/v2/remove-background', BASE), {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask', output: { mediaType: 'image/png' } }),
  });
  return res.json();
}

export async function status(jobId: string) {
  const res = await fetch(new URL(`/v2/status/${encodeURIComponent(jobId)}`, BASE).toString());
  return res.json();
}

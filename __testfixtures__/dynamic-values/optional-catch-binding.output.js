export async function cutoutWithRetry(inputUrl, outputUrl) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const body = JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } });
  try {
    return await (await fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body })).json();
  } catch {
    const res = await fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body });
    const job = await res.json();
    return job.statusUrl;
  }
}

export async function cutout(inputUrl, outputUrl, headers) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (outputUrl); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const options = {
    method: 'POST',
    headers,
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  };
  const res = await fetch('https://image.adobe.io/v2/remove-background', options);
  const job = await res.json();
  return job.statusUrl;
}

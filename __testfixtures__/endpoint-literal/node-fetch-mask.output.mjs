import fetch from 'node-fetch';

export async function createMask(auth, source, target) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (target); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */
  const response = await fetch("https://image.adobe.io/v2/remove-background", {
    method: "POST",
    headers: auth.headers(),
    body: JSON.stringify({ image: { source: { url: source } }, mode: "mask", output: { mediaType: "image/png" } })
  });
  if (!response.ok) throw new Error(`mask failed: ${response.status}`);
  return response.json();
}

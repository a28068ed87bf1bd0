// Pattern 10: an inline body that is not V1-shaped (inputs[]/outputs[], the result read from the Location
// header) sent to a V1 endpoint: V1 never accepted it; the TODO says so (RB263), not "body not found".
export async function submit(token, src, dst) {
  /* rb-migrate RB263: the body sent to V1 endpoint 'https://image.adobe.io/sensei/cutout' is not a V1 Remove Background body (no input.href/output.href); request left unchanged. V1 cutout/mask never accepted this body: find what the code meant to send, then write the V2 request by hand (image.source.url, mode, output; see docs/mapping.md). */
  const resp = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      inputs: [{ href: src, storage: 'external' }],
      outputs: [{ href: dst, storage: 'external', type: 'image/png' }],
    }),
  });
  return resp.headers.get('location');
}

// Pattern 10: an inline body that is not V1-shaped (inputs[]/outputs[], the result read from the Location
// header) sent to a V1 endpoint: V1 never accepted it; the TODO says so (RB263), not "body not found".
export async function submit(token, src, dst) {
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

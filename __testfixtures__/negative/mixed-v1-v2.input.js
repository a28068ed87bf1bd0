// V2 for the cutout, and the V1 response of a Photoshop job: both already correct.
export async function pipeline(inputUrl, psdJob) {
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'mask' }),
  });
  const { statusUrl } = await res.json();
  return { statusUrl, psd: psdJob._links.self.href };
}

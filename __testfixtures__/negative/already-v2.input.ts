export async function removeBackground(inputUrl: string, token: string) {
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ image: { source: { url: inputUrl } }, mode: 'cutout', output: { mediaType: 'image/png' } }),
  });
  const { statusUrl } = await res.json();
  return statusUrl;
}

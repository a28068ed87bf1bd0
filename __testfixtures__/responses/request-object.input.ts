export async function cutout(inputUrl: string, outputUrl: string, token: string) {
  const request = new Request('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const response = await fetch(request);
  const job = await response.json();
  return job._links.self.href;
}

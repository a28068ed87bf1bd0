async function submit(inputUrl: string, outputUrl: string) {
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return res.json();
}

export async function maskUrl(inputUrl: string, outputUrl: string): Promise<string> {
  const job = await submit(inputUrl, outputUrl);
  return job._links.self.href;
}

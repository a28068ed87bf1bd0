export async function cutout(inputUrl, outputUrl, headers) {
  const options = {
    method: 'POST',
    headers,
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  };
  const res = await fetch('https://image.adobe.io/sensei/cutout', options);
  const job = await res.json();
  return job._links.self.href;
}

export async function cutout(inputUrl: string, outputUrl: string) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const job = await res.json();
  const first = job._links?.self?.href;
  const second = job['_links']['self']['href'];
  const third = (await res.clone().json())._links.self.href;
  return [first, second, third];
}

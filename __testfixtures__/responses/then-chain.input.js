export function cutout(inputUrl, outputUrl) {
  return fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  })
    .then((res) => res.json())
    .then((job) => job._links.self.href);
}

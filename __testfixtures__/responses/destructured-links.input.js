export async function cutout(token, inputUrl, outputUrl) {
  const r = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const { _links } = await r.json();
  return _links.self.href;
}

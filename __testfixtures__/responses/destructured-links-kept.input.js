// The destructured link is handed on whole: who reads it is not known, so the request stays V1 (RB220).
export async function cutout(token, inputUrl, outputUrl, poll) {
  const r = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const { _links: links } = await r.json();
  return poll(links);
}

// A name of the file is already called statusUrl: the property is renamed, the binding keeps its name.
export async function mask(token, inputUrl, outputUrl) {
  const statusUrl = 'unused';
  const r = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + token },
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  const { _links } = await r.json();
  return [statusUrl, _links.self.href];
}

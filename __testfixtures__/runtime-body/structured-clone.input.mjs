// Pattern: a V1 template cloned per request (structuredClone, Object.assign), then filled in.
const TEMPLATE = {
  input: { href: '', storage: 'external' },
  output: { href: '', storage: 'external', mask: { format: 'soft' } },
};

export async function mask(inputUrl, outputUrl) {
  const body = structuredClone(TEMPLATE);
  body.input.href = inputUrl;
  body.output.href = outputUrl;
  const res = await fetch('https://image.adobe.io/sensei/mask', { method: 'POST', body: JSON.stringify(body) });
  const job = await res.json();
  return job._links.self.href;
}

export async function cutout(overrides) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify(Object.assign({}, TEMPLATE, overrides)),
  });
  return (await res.json())._links.self.href;
}

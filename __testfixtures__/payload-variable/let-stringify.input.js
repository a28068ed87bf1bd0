export async function mask(inputUrl, outputUrl) {
  let body = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },
  };
  body = JSON.stringify(body);
  const res = await fetch('https://image.adobe.io/sensei/mask', { method: 'POST', body });
  return res.json();
}

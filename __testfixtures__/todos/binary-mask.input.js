export async function mask(inputUrl, outputUrl) {
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', mask: { format: 'binary' } },
    }),
  });
  return res.json();
}

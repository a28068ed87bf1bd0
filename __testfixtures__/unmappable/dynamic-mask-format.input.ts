export async function mask(inputUrl: string, outputUrl: string, format: 'soft' | 'binary') {
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', mask: { format } },
    }),
  });
  return res.json();
}

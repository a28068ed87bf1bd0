export async function mask(inputUrl, outputUrl, fmt) {
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', ...(fmt ? { mask: { format: fmt } } : {}) },
    }),
  });
  return res.json();
}

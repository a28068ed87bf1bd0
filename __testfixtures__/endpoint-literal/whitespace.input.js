export const submit = (inputUrl, outputUrl) =>
  fetch(' https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });

export const submitCutout = (inputUrl, outputUrl) =>
  fetch('https://image.adobe.io/sensei/cutout ', {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });

export const submit = (outputUrl) =>
  fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: 'https://cdn.example.com/products/shoe.jpg', storage: 'external' },
      output: { href: outputUrl, storage: 'external' },
    }),
  });

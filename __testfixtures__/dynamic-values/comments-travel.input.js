export async function cutout(inputUrl, outputUrl) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      // the product photo
      input: {
        href: inputUrl /* presigned GET, 1h */,
        storage: 'external',
      },
      output: { href: outputUrl, storage: 'external' },
    }),
  });
  return res.json();
}

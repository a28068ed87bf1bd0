export async function cutout(inputUrl, outputUrl) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', type: 'image/jpeg', color: { space: 'rgb' } },
      options: { optimize: 'batch' },
      priority: 'high',
    }),
  });
  return res.json();
}

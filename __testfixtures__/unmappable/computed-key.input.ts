const DEST = 'output';

export async function cutout(inputUrl: string, outputUrl: string) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      [DEST]: { href: outputUrl, storage: 'external' },
    }),
  });
  return res.json();
}

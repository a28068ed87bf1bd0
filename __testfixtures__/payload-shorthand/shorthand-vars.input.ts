export async function cutout(signedGet: string, signedPut: string) {
  const input = { href: signedGet, storage: 'external' };
  const output = { href: signedPut, storage: 'external', mask: { format: 'soft' } };
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({ input, output }),
  });
  return res.json();
}

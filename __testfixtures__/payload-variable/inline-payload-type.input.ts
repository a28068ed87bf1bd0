export async function cutout(inputUrl: string, outputUrl: string, token: string) {
  const body: { input: { href: string; storage: string }; output: { href: string; storage: string } } = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  };
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return res.json();
}

export async function mask(inputUrl: string, outputUrl: string, token: string) {
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({
      input: { href: inputUrl, storage: 'external' },
      output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },
    } satisfies { input: { href: string }; output: { href: string; mask: { format: string } } }),
  });
  return res.json();
}

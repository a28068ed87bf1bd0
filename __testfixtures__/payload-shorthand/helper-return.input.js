function buildRequest(source, destination) {
  return {
    input: { href: source, storage: 'external' },
    output: { href: destination, storage: 'external' },
  };
}

export async function mask(source, destination) {
  const res = await fetch('https://image.adobe.io/sensei/mask', {
    method: 'POST',
    body: JSON.stringify(buildRequest(source, destination)),
  });
  return res.json();
}

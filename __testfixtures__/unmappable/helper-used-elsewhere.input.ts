function buildRequest(source: string, destination: string) {
  return {
    input: { href: source, storage: 'external' },
    output: { href: destination, storage: 'external' },
  };
}

export const audit = (source: string, destination: string) => console.table(buildRequest(source, destination).input);

export async function cutout(source: string, destination: string) {
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify(buildRequest(source, destination)),
  });
  return res.json();
}

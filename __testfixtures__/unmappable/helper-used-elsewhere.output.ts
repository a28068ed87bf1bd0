function buildRequest(source: string, destination: string) {
  return {
    input: { href: source, storage: 'external' },
    output: { href: destination, storage: 'external' },
  };
}

export const audit = (source: string, destination: string) => console.table(buildRequest(source, destination).input);

export async function cutout(source: string, destination: string) {
  /* rb-migrate RB201: V1 payload cannot be rewritten statically (returned by a local helper that is also called for something else); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  const res = await fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify(buildRequest(source, destination)),
  });
  return res.json();
}

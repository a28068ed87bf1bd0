// Pattern: the URL in a constant, the body at the request cannot be translated statically (its storage
// comes from a parameter). URL and body change together or not at all: the constant stays V1 too.
const API_URL = 'https://image.adobe.io/sensei/cutout';

export async function removeBackground(storage, input, output) {
  /* rb-migrate RB207: input.storage comes from storage; its value decides the V2 request (storage, mask format, colour space, type), so the payload was left unchanged. Make the value a literal, or translate the payload at runtime with toV2(). */
  const body = {
    input: { storage, href: input },
    output: { storage, href: output },
  };
  const res = await fetch(API_URL, { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}

export async function removeBackgroundExternal(input, output) {
  const res = await fetch(API_URL, {
    method: 'POST',
    body: JSON.stringify({ input: { storage: 'external', href: input }, output: { storage: 'external', href: output } }),
  });
  return res.json();
}

export async function cutout(fields) {
  const body = {};
  for (const [key, value] of Object.entries(fields)) body[key] = value;
  /* rb-migrate RB201: V1 payload cannot be rewritten statically (for (const [key, value] of Object.entries(fields)) body[key] = value;); it was left unchanged. Rewrite it to the V2 shape by hand: see docs/mapping.md, or translate it at runtime with toV2(). */
  const res = await fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify(body) });
  return res.json();
}

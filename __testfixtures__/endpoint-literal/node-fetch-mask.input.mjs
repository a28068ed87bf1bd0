import fetch from 'node-fetch';

export async function createMask(auth, source, target) {
  const response = await fetch("https://image.adobe.io/sensei/mask", {
    method: "POST",
    headers: auth.headers(),
    body: JSON.stringify({ input: { href: source, storage: "external" }, output: { href: target, storage: "external" } })
  });
  if (!response.ok) throw new Error(`mask failed: ${response.status}`);
  return response.json();
}

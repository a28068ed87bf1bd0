import fetch from 'node-fetch';

export async function createMask(auth, source, target) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (target); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: target, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  const response = await fetch("https://image.adobe.io/v2/remove-background", {
    method: "POST",
    headers: auth.headers(),
    body: JSON.stringify({ image: { source: { url: source } }, mode: "mask", output: { mediaType: "image/png" } })
  });
  if (!response.ok) throw new Error(`mask failed: ${response.status}`);
  return response.json();
}

function buildRequest(source, destination) {
  /* rb-migrate RB110: V2 does not upload the result to output.href (destination); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: destination, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */
  return {
    image: { source: { url: source } },
    mode: 'mask',
    output: { mediaType: 'image/png' },
  };
}

export async function mask(source, destination) {
  const res = await fetch('https://image.adobe.io/v2/remove-background', {
    method: 'POST',
    body: JSON.stringify(buildRequest(source, destination)),
  });
  return res.json();
}

const banner = `
  product cutouts`; /* rb-migrate RB110: V2 does not upload the result to output.href (b); it hosts it at a temporary URL. After the job succeeds, add `await deliver(<the succeeded V2 status>, { href: b, storage: 'external' });` with `import { deliver } from 'rb-migrate-runtime'`, then delete this line. */ export const cutout = (a, b) => fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body: JSON.stringify({ image: { source: { url: a } }, mode: 'cutout', output: { mediaType: 'image/png' } }) });

export { banner };

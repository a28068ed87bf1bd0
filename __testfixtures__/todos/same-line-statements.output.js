const banner = `
  product cutouts`; /* rb-migrate RB110: V2 does not upload the result to output.href (b); it hosts it at a temporary URL. After the job succeeds, download result.outputs[0].destination.url and upload it to the old destination, or use deliver() / runV1() from rb-migrate. */ export const cutout = (a, b) => fetch('https://image.adobe.io/v2/remove-background', { method: 'POST', body: JSON.stringify({ image: { source: { url: a } }, mode: 'cutout', output: { mediaType: 'image/png' } }) });

export { banner };

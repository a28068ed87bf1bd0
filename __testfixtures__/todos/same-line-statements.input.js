const banner = `
  product cutouts`; export const cutout = (a, b) => fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify({ input: { href: a, storage: 'external' }, output: { href: b, storage: 'external' } }) });

export { banner };

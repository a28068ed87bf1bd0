const body = {
  input: { href: process.env.INPUT_URL, storage: 'external' },
  output: { href: process.env.OUTPUT_URL, storage: 'external' },
};

export const cutout = () => fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body: JSON.stringify(body) });
export const mask = () => fetch('https://image.adobe.io/sensei/mask', { method: 'POST', body: JSON.stringify(body) });

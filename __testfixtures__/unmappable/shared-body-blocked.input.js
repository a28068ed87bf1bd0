import { register } from './registry.js';

const CUTOUT_URL = 'https://image.adobe.io/sensei/cutout';
const body = JSON.stringify({
  input: { href: process.env.INPUT_URL, storage: 'external' },
  output: { href: process.env.OUTPUT_URL, storage: 'external' },
});

register('cutout', CUTOUT_URL);

export const viaConstant = () => fetch(CUTOUT_URL, { method: 'POST', body });
export const viaLiteral = () => fetch('https://image.adobe.io/sensei/cutout', { method: 'POST', body });

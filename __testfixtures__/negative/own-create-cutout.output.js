import { createCutout, createMask } from './shapes';

export function draw(canvas) {
  const cutout = createCutout(canvas, { input: { href: '#a' }, output: { href: '#b' } });
  return createMask(cutout, { feather: 2 });
}

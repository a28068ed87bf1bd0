import { PNG } from 'pngjs';

/** A deterministic 32×24 RGB gradient with a bright square in the middle (the "subject"). */
export function makeInputPng(): Buffer {
  const png = new PNG({ width: 32, height: 24 });
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const subject = x > 8 && x < 24 && y > 6 && y < 18;
      png.data[i] = subject ? 240 : x * 7;
      png.data[i + 1] = subject ? 200 : y * 9;
      png.data[i + 2] = subject ? 40 : 128;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

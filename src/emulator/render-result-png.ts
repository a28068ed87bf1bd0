import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';

export interface RenderOptions {
  /** `cutout`: the input's pixels with a computed alpha (RGBA); `mask`: that alpha as greyscale. */
  mode: 'cutout' | 'mask';
  /** V1 `mask.format: "binary"`: threshold the alpha at 128. */
  binary?: boolean;
  /** V1 cutout with `color.space: "rgb"`: composite over white, 3-channel PNG. */
  opaque?: boolean;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const THRESHOLD = 24;

/**
 * The emulator's deterministic "background removal": the background colour is the top-left pixel, and a
 * pixel's alpha grows with its distance from that colour (0 when within 24 per channel, opaque beyond 88).
 * PNG inputs are decoded; any other bytes become an 8×8 image derived from their SHA-256, so results stay
 * deterministic for JPEG/WebP inputs too. Same input and options → same bytes, for V1 and V2 alike.
 */
export function renderResultPng(input: Uint8Array, options: RenderOptions): Buffer {
  const source = decodeInput(Buffer.from(input));
  const { width, height, data } = source;
  const out = new PNG({ width, height });
  const [r0, g0, b0] = [data[0] ?? 0, data[1] ?? 0, data[2] ?? 0];
  for (let i = 0; i < width * height * 4; i += 4) {
    const r = data[i] ?? 0;
    const g = data[i + 1] ?? 0;
    const b = data[i + 2] ?? 0;
    const distance = Math.max(Math.abs(r - r0), Math.abs(g - g0), Math.abs(b - b0));
    let alpha = Math.min(255, Math.max(0, (distance - THRESHOLD) * 4));
    alpha = Math.round((alpha * (data[i + 3] ?? 255)) / 255);
    if (options.binary) alpha = alpha >= 128 ? 255 : 0;
    if (options.mode === 'mask') {
      out.data[i] = out.data[i + 1] = out.data[i + 2] = alpha;
      out.data[i + 3] = 255;
    } else if (options.opaque) {
      out.data[i] = blendOverWhite(r, alpha);
      out.data[i + 1] = blendOverWhite(g, alpha);
      out.data[i + 2] = blendOverWhite(b, alpha);
      out.data[i + 3] = 255;
    } else {
      out.data[i] = r;
      out.data[i + 1] = g;
      out.data[i + 2] = b;
      out.data[i + 3] = alpha;
    }
  }
  const colorType = options.mode === 'mask' ? 0 : options.opaque ? 2 : 6;
  return PNG.sync.write(out, { colorType, inputColorType: 6, inputHasAlpha: true });
}

function blendOverWhite(channel: number, alpha: number): number {
  return Math.round((channel * alpha + 255 * (255 - alpha)) / 255);
}

function decodeInput(bytes: Buffer): { width: number; height: number; data: Buffer } {
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    const png = PNG.sync.read(bytes);
    return { width: png.width, height: png.height, data: png.data };
  }
  const digest = createHash('sha256').update(bytes).digest();
  const data = Buffer.alloc(8 * 8 * 4);
  for (let p = 0; p < 64; p++) {
    for (let c = 0; c < 3; c++) data[p * 4 + c] = digest[(p * 3 + c) % digest.length] ?? 0;
    data[p * 4 + 3] = 255;
  }
  return { width: 8, height: 8, data };
}

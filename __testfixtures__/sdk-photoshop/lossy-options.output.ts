import { createRemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

export async function rgbCutout(clientId: string, tokenProvider: { getToken(): Promise<string> }, input: string, output: string) {
  const client = createRemoveBackgroundClient({ apiKey: clientId, getToken: () => tokenProvider.getToken() });
  /* rb-migrate RB121: color.space "rgb" on a cutout: V2 keeps transparency and has no colour-space field. To get an opaque result pass backgroundColor {red, green, blue, alpha: 1} (and image/jpeg if you want 3 channels). */
  /* rb-migrate RB120: mask.format "binary" has no V2 equivalent; V2 masks are greyscale (soft). Threshold the V2 mask (or the cutout alpha) on the client, e.g. value >= 128 → 255, else 0. */
  const { result } = await client.runV1({
    input: { href: input, storage: 'external' },
    output: {
      href: output,
      storage: 'external',
      color: { space: 'rgb' },
      mask: { format: 'binary' },
    },
  }, { endpoint: 'cutout' }).then(toPhotoshopResponse);
  return result.status;
}

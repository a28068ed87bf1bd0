import { createRemoveBackgroundClient, fromPhotoshopConfig } from 'rb-migrate-runtime';
import { CutoutService } from './cutouts.js';
import { softMask } from './masks.js';
import { preview } from './preview.js';

export async function main(): Promise<void> {
  const photoshop = createRemoveBackgroundClient(fromPhotoshopConfig({
    clientId: process.env.RB_API_KEY ?? '',
    tokenProvider: { getToken: async () => process.env.RB_TOKEN ?? '' },
  } as never));
  const service = new CutoutService(process.env.BUCKET ?? '');
  await service.cutout(photoshop, 'cat.png');
  await preview(photoshop, process.env.RB_INPUT_URL ?? '', process.env.RB_OUTPUT_URL ?? '');
  await softMask(photoshop, process.env.RB_INPUT_URL ?? '', process.env.RB_OUTPUT_URL ?? '');
}

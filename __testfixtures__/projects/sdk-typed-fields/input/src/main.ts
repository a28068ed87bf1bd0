import { PhotoshopClient } from '@adobe/photoshop-apis';
import { Jobs } from './jobs.js';
import { Masks } from './masks.js';
import { Session } from './session.js';

export async function main(): Promise<void> {
  const input = process.env.RB_INPUT_URL ?? '';
  const output = process.env.RB_OUTPUT_URL ?? '';
  const client = new PhotoshopClient({
    clientId: process.env.RB_API_KEY ?? '',
    tokenProvider: { getToken: async () => process.env.RB_TOKEN ?? '' },
  } as never);
  const jobs = new Jobs();
  jobs.client = client;
  await jobs.cutout(input, output);
  await new Masks(client).soft(input, output);
  const session = new Session();
  session.init(process.env.RB_API_KEY ?? '', process.env.RB_TOKEN ?? '');
  await session.cutout(input, output);
}

import { createRemoveBackgroundClient, fromPhotoshopConfig } from 'rb-migrate-runtime';
import { run } from './run.js';

export async function main(): Promise<void> {
  const client = createRemoveBackgroundClient(fromPhotoshopConfig({
    clientId: process.env.RB_API_KEY ?? '',
    tokenProvider: { getToken: async () => process.env.RB_TOKEN ?? '' },
  } as never));
  await run(client, process.env.RB_INPUT_URL ?? '', process.env.RB_OUTPUT_URL ?? '');
}

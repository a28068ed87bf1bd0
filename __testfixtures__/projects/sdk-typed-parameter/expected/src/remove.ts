import { type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

export async function removeBackground(client: RemoveBackgroundClient, input: string, output: string) {
  return await client.runV1({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external', mask: { format: 'soft' } },
  }, { endpoint: 'cutout' }).then(toPhotoshopResponse);
}

import { type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

export async function doCut(x: RemoveBackgroundClient, input: string, output: string) {
  return x.runV1({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external' },
  } as never, { endpoint: 'cutout' }).then(toPhotoshopResponse);
}

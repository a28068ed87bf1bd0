import { type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

/** Only a type-only import of the SDK: the runtime import takes its place. */
export async function preview(client: RemoveBackgroundClient, input: string, output: string) {
  const { result } = await client.runV1({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external' },
  } as never, { endpoint: 'cutout' }).then(toPhotoshopResponse);
  return result;
}

import type { PhotoshopClient } from '@adobe/photoshop-apis';

/** Only a type-only import of the SDK: the runtime import takes its place. */
export async function preview(client: PhotoshopClient, input: string, output: string) {
  const { result } = await client.removeBackground({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external' },
  } as never);
  return result;
}

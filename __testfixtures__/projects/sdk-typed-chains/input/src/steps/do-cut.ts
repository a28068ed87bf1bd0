import type { PhotoshopClient } from '@adobe/photoshop-apis';

export async function doCut(x: PhotoshopClient, input: string, output: string) {
  return x.removeBackground({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external' },
  } as never);
}

import type { PhotoshopClient } from '@adobe/photoshop-apis';

// One of its callers passes a client that must stay a Photoshop client: this call stays V1 (RB214).
export async function mask(client: PhotoshopClient, input: string, output: string) {
  return client.createMask({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external', mask: { format: 'soft' } },
  } as never);
}

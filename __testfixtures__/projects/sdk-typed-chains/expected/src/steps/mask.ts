import type { PhotoshopClient } from '@adobe/photoshop-apis';

// One of its callers passes a client that must stay a Photoshop client: this call stays V1 (RB214).
export async function mask(client: PhotoshopClient, input: string, output: string) {
  /* rb-migrate RB214: V1 SDK call client.createMask() is made on a client received from elsewhere (a typed parameter or field); where it is created is not followed. Migrate the client where it is created and this call together: createRemoveBackgroundClient({ apiKey, token }) and client.runV1(body, { endpoint }). */
  return client.createMask({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external', mask: { format: 'soft' } },
  } as never);
}

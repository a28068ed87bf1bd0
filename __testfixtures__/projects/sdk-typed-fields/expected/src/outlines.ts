import type { PhotoshopClient } from '@adobe/photoshop-apis';

/** Its only creator (studio.ts) also keeps a client for documents in the same file: this call stays V1 (RB214). */
export class Outlines {
  constructor(private readonly client: PhotoshopClient) {}

  async mask(input: string, output: string) {
    /* rb-migrate RB214: V1 SDK call this.client.createMask() is made on a client received from elsewhere (a typed parameter or field); where it is created is not followed. Migrate the client where it is created and this call together: createRemoveBackgroundClient({ apiKey, token }) and client.runV1(body, { endpoint }). */
    return this.client.createMask({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never);
  }
}

import type { PhotoshopClient } from '@adobe/photoshop-apis';

/** Set from outside with a client that also creates documents (documents.ts): this call stays V1 (RB214). */
export class Previews {
  client!: PhotoshopClient;

  async run(input: string, output: string) {
    /* rb-migrate RB214: V1 SDK call this.client.removeBackground() is made on a client received from elsewhere (a typed parameter or field); where it is created is not followed. Migrate the client where it is created and this call together: createRemoveBackgroundClient({ apiKey, token }) and client.runV1(body, { endpoint }). */
    return this.client.removeBackground({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never);
  }
}

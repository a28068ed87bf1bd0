import type { PhotoshopClient } from '@adobe/photoshop-apis';

/** Set from outside with a client that also creates documents (documents.ts): this call stays V1 (RB214). */
export class Previews {
  client!: PhotoshopClient;

  async run(input: string, output: string) {
    return this.client.removeBackground({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never);
  }
}

import type { PhotoshopClient } from '@adobe/photoshop-apis';

/** Its only creator (studio.ts) also keeps a client for documents in the same file: this call stays V1 (RB214). */
export class Outlines {
  constructor(private readonly client: PhotoshopClient) {}

  async mask(input: string, output: string) {
    return this.client.createMask({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never);
  }
}

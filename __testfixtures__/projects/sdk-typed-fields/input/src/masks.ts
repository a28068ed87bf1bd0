import type { PhotoshopClient } from '@adobe/photoshop-apis';

/** A constructor parameter property: the client is handed over at `new Masks(client)`. */
export class Masks {
  constructor(private readonly photoshop: PhotoshopClient) {}

  async soft(input: string, output: string) {
    return this.photoshop.createMask({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external', mask: { format: 'soft' } },
    } as never);
  }
}

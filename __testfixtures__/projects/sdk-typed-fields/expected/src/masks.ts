import { type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

/** A constructor parameter property: the client is handed over at `new Masks(client)`. */
export class Masks {
  constructor(private readonly photoshop: RemoveBackgroundClient) {}

  async soft(input: string, output: string) {
    return this.photoshop.runV1({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external', mask: { format: 'soft' } },
    } as never, { endpoint: 'mask' }).then(toPhotoshopResponse);
  }
}

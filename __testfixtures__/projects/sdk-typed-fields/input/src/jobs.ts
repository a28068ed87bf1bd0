import type { PhotoshopClient } from '@adobe/photoshop-apis';

/** The client is set from outside, by whoever creates the jobs (see main.ts). */
export class Jobs {
  client!: PhotoshopClient;

  async cutout(input: string, output: string) {
    return this.client.removeBackground({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never);
  }
}

import { PhotoshopClient } from '@adobe/photoshop-apis';

/** The field is declared without a value and created later, in init(). */
export class Session {
  private client?: PhotoshopClient;

  init(clientId: string, token: string): void {
    this.client = new PhotoshopClient({ clientId, tokenProvider: { getToken: async () => token } } as never);
  }

  async cutout(input: string, output: string) {
    if (!this.client) throw new Error('call init() first');
    return this.client.removeBackground({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never);
  }
}

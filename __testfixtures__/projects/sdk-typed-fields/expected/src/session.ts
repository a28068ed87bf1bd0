import { createRemoveBackgroundClient, fromPhotoshopConfig, type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

/** The field is declared without a value and created later, in init(). */
export class Session {
  private client?: RemoveBackgroundClient;

  init(clientId: string, token: string): void {
    this.client = createRemoveBackgroundClient(fromPhotoshopConfig({ clientId, tokenProvider: { getToken: async () => token } } as never));
  }

  async cutout(input: string, output: string) {
    if (!this.client) throw new Error('call init() first');
    return this.client.runV1({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never, { endpoint: 'cutout' }).then(toPhotoshopResponse);
  }
}

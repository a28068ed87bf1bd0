import { type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

/** The client is set from outside, by whoever creates the jobs (see main.ts). */
export class Jobs {
  client!: RemoveBackgroundClient;

  async cutout(input: string, output: string) {
    return this.client.runV1({
      input: { href: input, storage: 'external' },
      output: { href: output, storage: 'external' },
    } as never, { endpoint: 'cutout' }).then(toPhotoshopResponse);
  }
}

import { createRemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

export class BackgroundRemover {
  private readonly photoshop = createRemoveBackgroundClient({ apiKey: process.env.CLIENT_ID!, getToken: () => this.tokens.getToken() });

  constructor(private readonly tokens: { getToken(): Promise<string> }) {}

  async run(href: string, out: string): Promise<string | undefined> {
    const { result } = await this.photoshop.runV1({
      input: { href, storage: 'external' },
      output: { href: out, storage: 'external' },
    }, { endpoint: 'cutout' }).then(toPhotoshopResponse);
    return result.status;
  }
}

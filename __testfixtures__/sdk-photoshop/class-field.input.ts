import { PhotoshopClient, StorageType } from '@adobe/photoshop-apis';

export class BackgroundRemover {
  private readonly photoshop = new PhotoshopClient({ clientId: process.env.CLIENT_ID!, tokenProvider: this.tokens });

  constructor(private readonly tokens: { getToken(): Promise<string> }) {}

  async run(href: string, out: string): Promise<string | undefined> {
    const { result } = await this.photoshop.removeBackground({
      input: { href, storage: StorageType.EXTERNAL },
      output: { href: out, storage: StorageType.EXTERNAL },
    });
    return result.status;
  }
}

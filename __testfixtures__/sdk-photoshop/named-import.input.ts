import { PhotoshopClient, StorageType } from '@adobe/photoshop-apis';

const photoshop = new PhotoshopClient({
  clientId: process.env.CLIENT_ID!,
  tokenProvider: { getToken: async () => process.env.ACCESS_TOKEN! },
});

export async function removeBg(inputUrl: string, outputUrl: string): Promise<string | undefined> {
  const response = await photoshop.removeBackground({
    input: { href: inputUrl, storage: StorageType.EXTERNAL },
    output: { href: outputUrl, storage: StorageType.EXTERNAL },
  });
  console.log(response.result._links?.self?.href);
  return response.result.status;
}

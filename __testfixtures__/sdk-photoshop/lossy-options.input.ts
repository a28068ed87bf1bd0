import { ColorSpaceType, MaskFormatType, PhotoshopClient, StorageType } from '@adobe/photoshop-apis';

export async function rgbCutout(clientId: string, tokenProvider: { getToken(): Promise<string> }, input: string, output: string) {
  const client = new PhotoshopClient({ clientId, tokenProvider });
  const { result } = await client.removeBackground({
    input: { href: input, storage: StorageType.EXTERNAL },
    output: {
      href: output,
      storage: StorageType.EXTERNAL,
      color: { space: ColorSpaceType.RGB },
      mask: { format: MaskFormatType.BINARY },
    },
  });
  return result.status;
}

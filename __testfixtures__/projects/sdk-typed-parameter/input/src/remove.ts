import type { PhotoshopClient } from '@adobe/photoshop-apis';
import { MaskFormatType, StorageType } from '@adobe/photoshop-apis';

export async function removeBackground(client: PhotoshopClient, input: string, output: string) {
  return await client.removeBackground({
    input: { href: input, storage: StorageType.EXTERNAL },
    output: { href: output, storage: StorageType.EXTERNAL, mask: { format: MaskFormatType.SOFT } },
  });
}

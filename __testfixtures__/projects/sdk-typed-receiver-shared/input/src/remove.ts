import type { PhotoshopClient } from '@adobe/photoshop-apis';
import { StorageType } from '@adobe/photoshop-apis';

// The client it receives also creates documents: it must stay a Photoshop client, so this call stays V1.
export async function removeBackground(client: PhotoshopClient, input: string, output: string) {
  return client.removeBackground({
    input: { href: input, storage: StorageType.EXTERNAL },
    output: { href: output, storage: StorageType.EXTERNAL },
  });
}

import type { PhotoshopClient } from '@adobe/photoshop-apis';
import { StorageType } from '@adobe/photoshop-apis';

// The client it receives also creates documents: it must stay a Photoshop client, so this call stays V1.
export async function removeBackground(client: PhotoshopClient, input: string, output: string) {
  /* rb-migrate RB214: V1 SDK call client.removeBackground() is made on a client received from elsewhere (a typed parameter or field); where it is created is not followed. Migrate the client where it is created and this call together: createRemoveBackgroundClient({ apiKey, token }) and client.runV1(body, { endpoint }). */
  return client.removeBackground({
    input: { href: input, storage: StorageType.EXTERNAL },
    output: { href: output, storage: StorageType.EXTERNAL },
  });
}

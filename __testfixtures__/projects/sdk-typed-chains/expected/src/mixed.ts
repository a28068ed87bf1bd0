import { PhotoshopClient } from '@adobe/photoshop-apis';
import { mask } from './steps/mask.js';

/** Two origins reach mask(): a client used only for Remove Background, and one that also creates documents. */
export async function both(input: string, output: string): Promise<void> {
  const cutouts = new PhotoshopClient({ clientId: 'a', tokenProvider: { getToken: async () => '' } } as never);
  const documents = new PhotoshopClient({ clientId: 'b', tokenProvider: { getToken: async () => '' } } as never);
  await mask(cutouts, input, output);
  await mask(documents, input, output);
  await documents.createDocument({} as never);
}

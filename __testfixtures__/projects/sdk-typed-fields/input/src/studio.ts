import { PhotoshopClient } from '@adobe/photoshop-apis';
import { Outlines } from './outlines.js';

export async function studio(input: string, output: string): Promise<void> {
  const cutouts = new PhotoshopClient({ clientId: 'a', tokenProvider: { getToken: async () => '' } } as never);
  const documents = new PhotoshopClient({ clientId: 'b', tokenProvider: { getToken: async () => '' } } as never);
  await new Outlines(cutouts).mask(input, output);
  await documents.createDocument({} as never);
}

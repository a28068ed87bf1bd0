import { PhotoshopClient } from '@adobe/photoshop-apis';
import { Previews } from './previews.js';

export async function withDocuments(input: string, output: string): Promise<void> {
  const documents = new PhotoshopClient({ clientId: 'b', tokenProvider: { getToken: async () => '' } } as never);
  const previews = new Previews();
  previews.client = documents;
  await previews.run(input, output);
  await documents.createDocument({} as never);
}

import { createRemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

const photoshop = createRemoveBackgroundClient({ apiKey: process.env.CLIENT_ID!, getToken: async () => process.env.ACCESS_TOKEN! });

export async function removeBg(inputUrl: string, outputUrl: string): Promise<string | undefined> {
  const response = await photoshop.runV1({
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  }, { endpoint: 'cutout' }).then(toPhotoshopResponse);
  console.log(response.result._links?.self?.href);
  return response.result.status;
}

import { PhotoshopClient } from '@adobe/photoshop-apis';

const config = { clientId: process.env.CLIENT_ID, tokenProvider: globalThis.tokenProvider };
const client = new PhotoshopClient(config);

export async function cutout(body) {
  const res = await client.removeBackground(body);
  return res.result;
}

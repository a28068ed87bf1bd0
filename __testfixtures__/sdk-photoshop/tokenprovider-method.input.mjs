import { PhotoshopClient, StorageType, ColorSpaceType } from '@adobe/photoshop-apis';

const client = new PhotoshopClient({
  clientId: process.env.CLIENT_ID,
  tokenProvider: {
    async getToken() {
      return process.env.ACCESS_TOKEN;
    },
  },
});

const { result } = await client.removeBackground({
  input: { href: process.env.INPUT_URL, storage: StorageType.EXTERNAL },
  output: { href: process.env.OUTPUT_URL, storage: StorageType.EXTERNAL, color: { space: ColorSpaceType.RGBA } },
});
console.log(JSON.stringify({ status: result.status }));

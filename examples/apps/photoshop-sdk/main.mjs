// V1 style (d): the Firefly Services SDK (@adobe/photoshop-apis 2.0.1, still V1: removeBackground posts to
// /sensei/cutout and resolves once the job is done).
import { PhotoshopClient, StorageType } from '@adobe/photoshop-apis';

// The SDK has a fixed base URL (https://image.adobe.io) and uses the global fetch: redirect it when asked.
const base = process.env.RB_API_BASE;
if (base) {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (url, init) => realFetch(String(url).replace('https://image.adobe.io', base), init);
}

const photoshop = new PhotoshopClient({
  clientId: process.env.RB_API_KEY,
  tokenProvider: { getToken: async () => process.env.RB_TOKEN },
});

let status;
try {
  const { result } = await photoshop.removeBackground({
    input: { href: process.env.RB_INPUT_URL, storage: StorageType.EXTERNAL },
    output: { href: process.env.RB_OUTPUT_URL, storage: process.env.RB_OUTPUT_STORAGE || StorageType.EXTERNAL },
  });
  status = result.status;
} catch (error) {
  status = error.details?.status ?? 'error';
}
console.log(JSON.stringify({ app: 'photoshop-sdk', status }));
process.exitCode = status === 'succeeded' ? 0 : 1;

import { callApi } from './http';

export async function cutoutProduct(sku: string, inputUrl: string, outputUrl: string) {
  const job = await callApi('/sensei/cutout', {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  });
  console.log(`cutout for ${sku} queued`);
  return job._links.self.href;
}

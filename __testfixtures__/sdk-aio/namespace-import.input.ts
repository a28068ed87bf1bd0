import * as sdk from '@adobe/aio-lib-photoshop-api';

export async function cutout(apiKey: string, token: string, input: string, output: string): Promise<string> {
  const photoshop = await sdk.init('org@AdobeOrg', apiKey, token);
  const job = await photoshop.createCutout({ href: input }, { href: output, storage: sdk.Storage.DROPBOX });
  return job.outputs[0].status;
}

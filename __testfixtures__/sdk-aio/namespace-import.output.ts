import { createRemoveBackgroundClient, fromAioArgs, toAioJob } from 'rb-migrate-runtime';

export async function cutout(apiKey: string, token: string, input: string, output: string): Promise<string> {
  const photoshop = await createRemoveBackgroundClient({ apiKey, token });
  const job = await photoshop.runV1(fromAioArgs({ href: input }, { href: output, storage: 'dropbox' }), { endpoint: 'cutout' }).then(toAioJob);
  return job.outputs[0].status;
}

import { createRemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

class LocalPhotoshop {
  removeBackground(body: unknown) {
    return Promise.resolve({ result: { status: 'succeeded', body } });
  }
  createMask(body: unknown) {
    return Promise.resolve({ result: { status: 'succeeded', body } });
  }
}

const local = new LocalPhotoshop();
const remote = createRemoveBackgroundClient({ apiKey: 'id', getToken: async () => 'token' });

export async function run(body: any) {
  await local.removeBackground(body);
  await local.createMask(body);
  return (await remote.runV1(body, { endpoint: 'mask' }).then(toPhotoshopResponse)).result.status;
}

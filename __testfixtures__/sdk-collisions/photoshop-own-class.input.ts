import { PhotoshopClient } from '@adobe/photoshop-apis';

class LocalPhotoshop {
  removeBackground(body: unknown) {
    return Promise.resolve({ result: { status: 'succeeded', body } });
  }
  createMask(body: unknown) {
    return Promise.resolve({ result: { status: 'succeeded', body } });
  }
}

const local = new LocalPhotoshop();
const remote = new PhotoshopClient({ clientId: 'id', tokenProvider: { getToken: async () => 'token' } });

export async function run(body: any) {
  await local.removeBackground(body);
  await local.createMask(body);
  return (await remote.createMask(body)).result.status;
}

import { type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

export class CutoutService {
  constructor(private readonly bucket: string) {}

  async cutout(photoshop: RemoveBackgroundClient, name: string) {
    return photoshop.runV1({
      input: { href: `${this.bucket}/in/${name}`, storage: 'external' },
      output: { href: `${this.bucket}/out/${name}`, storage: 'external' },
    }, { endpoint: 'cutout' }).then(toPhotoshopResponse);
  }
}

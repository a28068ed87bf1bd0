import type { PhotoshopClient } from '@adobe/photoshop-apis';
import { StorageType } from '@adobe/photoshop-apis';

export class CutoutService {
  constructor(private readonly bucket: string) {}

  async cutout(photoshop: PhotoshopClient, name: string) {
    return photoshop.removeBackground({
      input: { href: `${this.bucket}/in/${name}`, storage: StorageType.EXTERNAL },
      output: { href: `${this.bucket}/out/${name}`, storage: StorageType.EXTERNAL },
    });
  }
}

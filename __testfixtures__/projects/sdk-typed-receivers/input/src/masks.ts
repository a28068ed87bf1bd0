import { type PhotoshopClient, StorageType } from '@adobe/photoshop-apis';

export const softMask = async (ps: PhotoshopClient, input: string, output: string) =>
  ps.createMask({
    input: { href: input, storage: StorageType.EXTERNAL },
    output: { href: output, storage: StorageType.EXTERNAL },
  });

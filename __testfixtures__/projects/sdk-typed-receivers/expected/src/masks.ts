import { type RemoveBackgroundClient, toPhotoshopResponse } from 'rb-migrate-runtime';

export const softMask = async (ps: RemoveBackgroundClient, input: string, output: string) =>
  ps.runV1({
    input: { href: input, storage: 'external' },
    output: { href: output, storage: 'external' },
  }, { endpoint: 'mask' }).then(toPhotoshopResponse);

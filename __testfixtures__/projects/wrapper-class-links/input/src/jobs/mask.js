import { submitInline } from '../lib/submit-inline.js';

export async function mask(inputUrl, outputUrl) {
  const body = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external', mask: { format: 'soft' } },
  };
  return submitInline('/sensei/mask', body);
}

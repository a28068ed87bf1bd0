import { callApi } from '../services/api.js';

export async function autoTone(inputUrl, outputUrl) {
  return callApi('/lrService/autoTone', {
    inputs: { href: inputUrl, storage: 'external' },
    outputs: [{ href: outputUrl, storage: 'external', type: 'image/png' }],
  });
}

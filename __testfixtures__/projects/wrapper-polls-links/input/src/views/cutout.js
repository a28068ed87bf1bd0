import { callApi } from '../services/api.js';

export async function removeBackground(inputUrl, outputUrl) {
  const body = {
    input: { href: inputUrl, storage: 'external' },
    output: { href: outputUrl, storage: 'external' },
  };
  return callApi('/sensei/cutout', body);
}

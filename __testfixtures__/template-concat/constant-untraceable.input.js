const MASK_URL = 'https://image.adobe.io/sensei/mask';

export function submitMask(options) {
  return fetch(MASK_URL, options);
}

export const IMAGE_API = 'https://image.adobe.io';
export const CUTOUT_URL = `${IMAGE_API}/v2/remove-background`;
export const MASK_URL = IMAGE_API + '/v2/remove-background';

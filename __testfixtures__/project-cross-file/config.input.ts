export const IMAGE_API = 'https://image.adobe.io';
export const CUTOUT_URL = `${IMAGE_API}/sensei/cutout`;
export const MASK_URL = IMAGE_API + '/sensei/mask';

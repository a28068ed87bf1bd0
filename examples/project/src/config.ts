export const IMAGE_API = process.env.ADOBE_IMAGE_API ?? 'https://image.adobe.io';
export const CUTOUT_URL = `https://image.adobe.io/sensei/cutout`;
export const CLIENT_ID = process.env.ADOBE_CLIENT_ID ?? '';

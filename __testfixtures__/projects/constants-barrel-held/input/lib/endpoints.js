export const REMOVE_BG_URL = 'https://image.adobe.io/sensei/cutout';

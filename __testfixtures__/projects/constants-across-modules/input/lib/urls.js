// The V1 endpoint is written here once; scripts import it through the lib/index.js barrel.
export const CUTOUT_URL = 'https://image.adobe.io/sensei/cutout';

const BASE = 'https://image.adobe.io';

export const endpoints = {
  productCrop: `${BASE}/sensei/productCrop`,
  cutoutLegacy: `${BASE}/sensei/cutout-v0`,
  maskDocs: `${BASE}/sensei/mask/docs`,
};

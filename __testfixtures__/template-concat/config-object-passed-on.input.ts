import { createClient } from './client';

const ENDPOINTS = {
  cutout: 'https://image.adobe.io/sensei/cutout',
  mask: 'https://image.adobe.io/sensei/mask',
} as const;

export const client = createClient(ENDPOINTS);

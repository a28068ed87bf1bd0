// One URL constant, two modules sending it: it changes only if both requests migrate with it.
export const CUTOUT_URL = 'https://image.adobe.io/v2/remove-background';

// One URL constant, two modules sending it: it changes only if both requests migrate with it.
/* rb-migrate RB262: V1 endpoint 'https://image.adobe.io/sensei/cutout' is shared with a request that stays V1 (see its TODO); every request using it was left V1. A shared URL changes only with every request that uses it: fix the request that stays V1 (its TODO says why), or give each request its own URL constant, then run rb-migrate rewrite again. */
export const CUTOUT_URL = 'https://image.adobe.io/sensei/cutout';

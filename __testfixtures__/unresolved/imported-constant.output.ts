import { CUTOUT_URL } from './config';

export async function cutout(inputUrl: string, outputUrl: string) {
  /* rb-migrate RB202: V1 endpoint comes from CUTOUT_URL (imported from './config'), which could not be resolved in this file. Run rb-migrate rewrite on the whole project so imported constants are resolved, or change the constant by hand. */
  const res = await fetch(CUTOUT_URL, {
    method: 'POST',
    body: JSON.stringify({ input: { href: inputUrl, storage: 'external' }, output: { href: outputUrl, storage: 'external' } }),
  });
  return res.json();
}

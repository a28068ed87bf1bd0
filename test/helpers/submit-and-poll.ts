import { migrateSource } from '../../src/analyze/js/migrate-source.ts';

/**
 * The smallest file rewrite migrates as a whole: a V1 submission and the status poll of its job, side by
 * side (a poll alone stays V1, RB260: closed world). The submission keeps one loss TODO (RB110: V2 hosts
 * the result), so `rewrite` exits 1 on it.
 */
export const SUBMIT_AND_POLL = `export const cutout = (input: string, output: string) =>
  fetch('https://image.adobe.io/sensei/cutout', {
    method: 'POST',
    body: JSON.stringify({ input: { href: input, storage: 'external' }, output: { href: output, storage: 'external' } }),
  });
export const statusUrl = (id: string) => 'https://image.adobe.io/sensei/status/' + id;
`;

/** What rewrite (Prettier off) writes for `text`. */
export function migrated(text: string, filename = 'a.ts'): string {
  return migrateSource(text, { filename }).output;
}

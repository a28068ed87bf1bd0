import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMappingDoc } from '../../src/docs/render-mapping-doc.ts';
import { MAPPING, RULES } from '../../src/spec/index.ts';

describe('docs/mapping.md', () => {
  const committed = readFileSync(new URL('../../docs/mapping.md', import.meta.url), 'utf8');

  it('is the output of `npm run docs` (regenerate when this fails)', () => {
    expect(committed).toBe(renderMappingDoc());
  });

  it('names every mapping row and every rule', () => {
    for (const row of MAPPING) expect(committed).toContain(`| \`${row.v1}\` |`);
    for (const rule of RULES) expect(committed).toContain(`| ${rule.code} | ${rule.name} |`);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderMappingDoc } from '../../src/docs/render-mapping-doc.ts';
import { renderRuleDocs } from '../../src/docs/render-rule-docs.ts';
import { MAPPING, RULES } from '../../packages/runtime/src/mapping/index.ts';

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

describe('docs/rules/', () => {
  const dir = new URL('../../docs/rules/', import.meta.url);
  const pages = renderRuleDocs();

  it('is the output of `npm run docs`: one page per rule plus the index, nothing else (regenerate when this fails)', () => {
    expect(readdirSync(dir).sort()).toEqual([...pages.keys()].sort());
    for (const [name, text] of pages) expect(readFileSync(new URL(name, dir), 'utf8'), name).toBe(text);
  });

  it('has a page for every rule, linked from the index, with the SARIF level of its severity', () => {
    const index = pages.get('README.md')!;
    const level = { error: 'error', warning: 'warning', info: 'note' } as const;
    for (const rule of RULES) {
      expect(index).toContain(`| [${rule.code}](${rule.code}.md) | ${rule.name} | ${rule.severity} |`);
      const page = pages.get(`${rule.code}.md`)!;
      expect(page).toContain(`# ${rule.code}: ${rule.name}`);
      expect(page).toContain(`| severity | ${rule.severity} (SARIF level \`${level[rule.severity]}\`) |`);
      expect(page).toContain(rule.hint);
    }
  });
});

/** Writes the docs generated from packages/runtime/src/mapping and the fixtures: docs/mapping.md, docs/TRANSFORMATIONS.md, docs/rules/*.md. Run: npm run docs */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderMappingDoc } from '../src/docs/render-mapping-doc.ts';
import { renderRuleDocs } from '../src/docs/render-rule-docs.ts';
import { renderTransformations, TRANSFORMATIONS_PATH } from './generate-transformations.ts';

const target = fileURLToPath(new URL('../docs/mapping.md', import.meta.url));
writeFileSync(target, renderMappingDoc());
console.log(`wrote ${target}`);
writeFileSync(TRANSFORMATIONS_PATH, renderTransformations());
console.log(`wrote ${TRANSFORMATIONS_PATH}`);

const rulesDir = fileURLToPath(new URL('../docs/rules/', import.meta.url));
mkdirSync(rulesDir, { recursive: true });
const pages = renderRuleDocs();
// A page for a code that no longer exists would be stale: remove it.
for (const name of readdirSync(rulesDir)) if (!pages.has(name)) rmSync(join(rulesDir, name));
for (const [name, text] of pages) writeFileSync(join(rulesDir, name), text);
console.log(`wrote ${pages.size} files in ${rulesDir}`);

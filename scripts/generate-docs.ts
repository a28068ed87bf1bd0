/** Writes the docs generated from src/spec. Run: npm run docs */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderMappingDoc } from '../src/docs/render-mapping-doc.ts';

const target = fileURLToPath(new URL('../docs/mapping.md', import.meta.url));
writeFileSync(target, renderMappingDoc());
console.log(`wrote ${target}`);

/** Writes the docs generated from src/spec and the fixtures. Run: npm run docs */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderMappingDoc } from '../src/docs/render-mapping-doc.ts';
import { renderTransformations, TRANSFORMATIONS_PATH } from './generate-transformations.ts';

const target = fileURLToPath(new URL('../docs/mapping.md', import.meta.url));
writeFileSync(target, renderMappingDoc());
console.log(`wrote ${target}`);
writeFileSync(TRANSFORMATIONS_PATH, renderTransformations());
console.log(`wrote ${TRANSFORMATIONS_PATH}`);

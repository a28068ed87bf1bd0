/**
 * After tsc: marks dist/cjs as CommonJS (the package is "type": "module") and rewrites relative `./x.ts`
 * specifiers in the emitted declarations to `./x.js` (tsc rewrites them in JavaScript only; TypeScript before
 * 5.7 cannot follow a `.ts` specifier in a declaration).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

writeFileSync('dist/cjs/package.json', '{ "type": "commonjs" }\n');
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*?)\.([mc]?)ts\2/g;
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.d\.[mc]?ts$/.test(entry.name)) continue;
  const path = join(entry.parentPath ?? entry.path, entry.name);
  const text = readFileSync(path, 'utf8');
  const rewritten = text.replace(
    SPECIFIER,
    (_, lead, quote, base, kind) => `${lead}${quote}${base}.${kind}js${quote}`,
  );
  if (rewritten !== text) writeFileSync(path, rewritten);
}

/**
 * Rewrites relative `./x.ts` specifiers in the emitted declarations (dist/**\/*.d.ts) to `./x.js`. tsc's
 * rewriteRelativeImportExtensions rewrites them in the JavaScript it emits but not in declarations, and
 * TypeScript before 5.7 (and tools reading .d.ts files) cannot follow a `.ts` specifier in a declaration.
 * Run by `npm run build` after tsc.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}\/[^'"]*?)\.([mc]?)ts\2/g;

let files = 0;
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.d\.[mc]?ts$/.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const text = readFileSync(path, 'utf8');
  const rewritten = text.replace(
    SPECIFIER,
    (_, lead, quote, base, kind) => `${lead}${quote}${base}.${kind}js${quote}`,
  );
  if (rewritten !== text) {
    writeFileSync(path, rewritten);
    files++;
  }
}
process.stdout.write(`rewrote .ts specifiers in ${files} declaration files\n`);

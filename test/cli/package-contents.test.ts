import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { listPackedFiles } from '../helpers/list-packed-files.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  exports: Record<string, string | Record<string, string>>;
};
const packed = listPackedFiles(ROOT);

/** Relative imports of a module and, recursively, of the modules they import. */
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = readFileSync(join(ROOT, entry), 'utf8');
  // Static imports/re-exports and literal dynamic imports; the sources always name the .ts file.
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+\.ts)['"]\s*\)/g),
  ];
  for (const m of specifiers) closure(normalize(join(dirname(entry), m[1]!)), seen);
  return seen;
}

describe('the published package', () => {
  it('ships the bin and every export target', () => {
    const targets = [
      ...Object.values(pkg.bin),
      ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))),
    ].map((t) => t.replace(/^\.\//, ''));
    expect(targets.filter((t) => !packed.has(t))).toEqual([]);
  });

  it('ships every module the documented jscodeshift transform imports (it runs from the TypeScript sources)', () => {
    const modules = [...closure('transforms/remove-background-v2.ts')];
    expect(modules.length).toBeGreaterThan(20);
    expect(modules.filter((m) => !packed.has(m))).toEqual([]);
  });
});

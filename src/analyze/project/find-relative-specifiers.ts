const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/**
 * The relative module specifiers a JS/TS text imports, re-exports or requires (`from './a'`,
 * `import('./a')`, `require('../a')`), found by a text scan before any parse; resolve them with
 * resolveModuleFile.
 */
export function findRelativeSpecifiers(text: string): string[] {
  return [...text.matchAll(RELATIVE_IMPORT)].map((m) => m[1]!);
}

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ProjectContext } from '../codemod/types.ts';
import { mapWithConcurrency } from '../files/map-with-concurrency.ts';
import { createV1PathPattern } from '../spec/v1-path-pattern.ts';
import { loadCodemod } from './load-codemod.ts';

const JS = /\.(?:[cm]?[jt]sx?)$/i;
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const RESOLVE_SUFFIXES = [
  '',
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '/index.ts',
  '/index.tsx',
  '/index.js',
  '/index.mjs',
];

/**
 * Builds the cross-file ProjectContext for the codemod, cheaply: only JS/TS files that mention `sensei` AND
 * are imported (relative import/require) by another file of the run can provide constants another file
 * needs, so only those go to the (ts-morph based) resolver. Also returns the names of constants holding V1
 * URLs, for the prefilter. Returns no context when nothing is imported across files, when the resolver is
 * unavailable, or when it fails (single-file resolution still works then; a warning says so).
 */
export async function collectProjectContext(
  files: ReadonlyArray<{ absolute: string }>,
): Promise<{ project?: ProjectContext; constantNames: string[]; warning?: string }> {
  const js = files.filter((f) => JS.test(f.absolute) && !/\.d\.[cm]?ts$/i.test(f.absolute));
  const facts = await mapWithConcurrency(js, 64, async (f) => {
    const text = readTextOrUndefined(f.absolute);
    if (text === undefined || text.length > 8 * 1024 * 1024)
      return { sensei: false, imports: [] as string[] };
    const imports = [...text.matchAll(RELATIVE_IMPORT)].map((m) => resolve(dirname(f.absolute), m[1]!));
    return { sensei: text.includes('sensei'), imports };
  });
  const senseiFiles = new Set(js.filter((_, i) => facts[i]!.sensei).map((f) => f.absolute));
  const exporters = new Set<string>();
  for (const fact of facts)
    for (const target of fact.imports)
      for (const suffix of RESOLVE_SUFFIXES) {
        const candidate = suffix === '' ? target : `${target.replace(/\.[cm]?js$/, '')}${suffix}`;
        if (senseiFiles.has(candidate)) exporters.add(candidate);
      }
  if (exporters.size === 0) return { constantNames: [] };
  try {
    const collect = await (await loadCodemod()).loadCollectProjectConstants();
    if (!collect) return { constantNames: [] };
    const project = await collect([...exporters]);
    const pattern = createV1PathPattern('');
    const names = new Set<string>();
    for (const constants of Object.values(project.constants))
      for (const [name, value] of Object.entries(constants))
        if (pattern.test(value) || /\/sensei\/?$/.test(value)) names.add(name);
    return { project, constantNames: [...names] };
  } catch (error) {
    return {
      constantNames: [],
      warning: `cross-file constant resolution failed (${(error as Error).message}); continuing file by file`,
    };
  }
}

function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

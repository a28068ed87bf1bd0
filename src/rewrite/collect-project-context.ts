import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { SdkProjectContext } from '../codemod/sdk/types.ts';
import type { ProjectContext } from '../codemod/types.ts';
import { mapWithConcurrency } from '../files/map-with-concurrency.ts';
import { SDKS } from '../codemod/sdk/sdk-facts.ts';
import { createV1PathPattern } from '../spec/v1-path-pattern.ts';
import { loadCodemod } from './load-codemod.ts';
import { V1_SEGMENT } from '../spec/endpoints.ts';

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
): Promise<{ project?: ProjectContext; constantNames: string[]; sdkImporters: string[]; warning?: string }> {
  const js = files.filter((f) => JS.test(f.absolute) && !/\.d\.[cm]?ts$/i.test(f.absolute));
  const facts = await mapWithConcurrency(js, 64, async (f) => {
    const text = readTextOrUndefined(f.absolute);
    if (text === undefined || text.length > 8 * 1024 * 1024)
      return { sensei: false, sdk: false, imports: [] as string[] };
    const imports = [...text.matchAll(RELATIVE_IMPORT)].map((m) => resolve(dirname(f.absolute), m[1]!));
    return { sensei: text.includes(V1_SEGMENT), sdk: SDK_MODULES.some((m) => text.includes(m)), imports };
  });
  const sdk = await collectSdkContext(js, facts);
  // Files that only import an SDK wrapper module name neither the SDK nor sensei: let them past the prefilter.
  const sdkModules = new Set(Object.keys(sdk.project?.modules ?? {}));
  const sdkImporters = js
    .filter((_, i) =>
      facts[i]!.imports.some((target) => sdkModules.has(target.replace(/\.(?:[mc]?[jt]s|tsx|jsx)$/, ''))),
    )
    .map((f) => f.absolute);
  const withSdk = (project: ProjectContext | undefined): ProjectContext | undefined =>
    sdk.project ? { constants: project?.constants ?? {}, sdk: sdk.project } : project;
  const senseiFiles = new Set(js.filter((_, i) => facts[i]!.sensei).map((f) => f.absolute));
  const exporters = new Set<string>();
  for (const fact of facts)
    for (const target of fact.imports)
      for (const suffix of RESOLVE_SUFFIXES) {
        const candidate = suffix === '' ? target : `${target.replace(/\.[cm]?js$/, '')}${suffix}`;
        if (senseiFiles.has(candidate)) exporters.add(candidate);
      }
  if (exporters.size === 0)
    return { project: withSdk(undefined), constantNames: [], sdkImporters, warning: sdk.warning };
  try {
    const collect = await (await loadCodemod()).loadCollectProjectConstants();
    if (!collect)
      return { project: withSdk(undefined), constantNames: [], sdkImporters, warning: sdk.warning };
    const project = await collect([...exporters]);
    const pattern = createV1PathPattern('');
    const names = new Set<string>();
    for (const constants of Object.values(project.constants))
      for (const [name, value] of Object.entries(constants))
        if (pattern.test(value) || /\/sensei\/?$/.test(value)) names.add(name);
    return { project: withSdk(project), constantNames: [...names], sdkImporters, warning: sdk.warning };
  } catch (error) {
    return {
      project: withSdk(undefined),
      constantNames: [],
      sdkImporters,
      warning: `cross-file constant resolution failed (${(error as Error).message}); continuing file by file`,
    };
  }
}

const SDK_MODULES = SDKS.map((s) => s.module);

/**
 * The SDK planner's cross-file context (wrapper modules re-exporting an SDK, exported clients and factories).
 * Only when some file names an SDK package; then the files with relative imports are handed over too (the
 * collector keeps only SDK files and their transitive importers).
 */
async function collectSdkContext(
  js: ReadonlyArray<{ absolute: string }>,
  facts: ReadonlyArray<{ sdk: boolean; imports: string[] }>,
): Promise<{ project?: SdkProjectContext; warning?: string }> {
  if (!facts.some((f) => f.sdk)) return {};
  const files = js
    .filter((_, i) => facts[i]!.sdk || facts[i]!.imports.length > 0)
    .map((f) => ({ filename: f.absolute, source: readTextOrUndefined(f.absolute) ?? '' }));
  try {
    const collect = await (await loadCodemod()).loadCollectSdkProject();
    const project = collect?.(files);
    return project && Object.keys(project.modules).length > 0 ? { project } : {};
  } catch (error) {
    return {
      warning: `cross-file SDK resolution failed (${(error as Error).message}); continuing file by file`,
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

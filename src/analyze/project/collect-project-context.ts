import { readFileSync } from 'node:fs';
import type { SdkProjectContext } from '../../codemod/sdk/types.ts';
import type { ProjectContext } from '../../codemod/types.ts';
import { createV1PathPattern } from '../../spec/v1-path-pattern.ts';
import { decideSharedValues } from '../decide-sites.ts';
import { loadCodemod } from './load-codemod.ts';
import type { FileFacts } from './read-file-facts.ts';

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
 * URLs, for the prefilter. Works from the facts of one read per file (readFileFacts). Returns no context
 * when nothing is imported across files, when the resolver is unavailable, or when it fails (single-file
 * resolution still works then; a warning says so).
 */
export async function collectProjectContext(
  files: ReadonlyArray<{ absolute: string }>,
  allFacts: readonly FileFacts[],
): Promise<ProjectFacts> {
  const context = await collectCodeContext(files, allFacts);
  const hasLinks = allFacts.some((f) => f.js && f.links);
  const findLinkReaders = hasLinks ? (await loadCodemod()).findLinkReaders : undefined;
  const shared = decideSharedValues(files, allFacts, findLinkReaders);
  if (!shared.configs && !shared.linkReaders && !shared.proxied) return context;
  const project: ProjectContext = { constants: {}, ...context.project, ...shared };
  return { ...context, project, linked: shared.linked };
}

export interface ProjectFacts {
  project?: ProjectContext;
  constantNames: string[];
  sdkImporters: string[];
  /** Files whose plan depends on files they do not import (configs read by code, and their readers). */
  linked?: Set<string>;
  warning?: string;
}

async function collectCodeContext(
  files: ReadonlyArray<{ absolute: string }>,
  allFacts: readonly FileFacts[],
): Promise<ProjectFacts> {
  const jsIndexes = allFacts.flatMap((f, i) => (f.js ? [i] : []));
  const js = jsIndexes.map((i) => files[i]!);
  const facts = jsIndexes.map((i) => allFacts[i]!);
  const sdk = await collectSdkContext(js, facts);
  // Files that only import an SDK wrapper module name neither the SDK nor sensei: let them past the prefilter.
  const sdkModules = new Set([
    ...Object.keys(sdk.project?.modules ?? {}),
    ...Object.keys(sdk.project?.blocked ?? {}),
  ]);
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
    return project && (Object.keys(project.modules).length > 0 || project.blocked) ? { project } : {};
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

import { readFileSync } from 'node:fs';
import type { SdkProjectContext } from '../sdk/types.ts';
import type { ProjectContext } from '../js/types.ts';
import { toModuleKey } from '../js/to-module-key.ts';
import { resolveModuleFile } from './resolve-module-file.ts';
import { resolveModuleKey } from './resolve-module-key.ts';
import { createV1PathPattern } from 'rb-migrate-runtime/mapping';
import { foldRunConstants } from './fold-run-constants.ts';
import { decideSharedValues } from '../decide-sites.ts';
import { loadCodemod } from './load-codemod.ts';
import type { FileFacts } from './read-file-facts.ts';

const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/i;
const V1_PATH = createV1PathPattern('');

/**
 * Builds the cross-file ProjectContext for the codemod, cheaply: the exported constants other files need,
 * folded on the syntax tree (foldRunConstants: only the modules a V1 request can reach), the SDK wrapper
 * modules, and, only when a TypeScript file names an SDK, the typed SDK receivers (the one ts-morph Project).
 * Also returns the names of constants holding V1 URLs, for the prefilter. Works from the facts of one read
 * per file (readFileFacts). Returns no context when nothing is shared across files; when the typed analysis
 * is unavailable or fails, single-file resolution still works (a warning says so).
 */
export async function collectProjectContext(
  files: ReadonlyArray<{ absolute: string }>,
  allFacts: readonly FileFacts[],
): Promise<ProjectFacts> {
  const context = await collectCodeContext(files, allFacts);
  const findLinkReaders = importsLinkReader(files, allFacts)
    ? (await loadCodemod()).findLinkReaders
    : undefined;
  const shared = decideSharedValues(files, allFacts, findLinkReaders);
  if (!shared.configs && !shared.linkReaders && !shared.proxied && !shared.bodyFiles && !shared.sdkPackages)
    return context;
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
  // Classes that receive a stored SDK client (findStoredClients) name neither either: their calls are reported.
  const stored = new Set(Object.keys(sdk.project?.stored ?? {}));
  const sdkImporters = (sdkModules.size === 0 && stored.size === 0 ? [] : js)
    .filter(
      (f, i) =>
        facts[i]!.imports.some((target) => resolveModuleKey(target, target, (k) => sdkModules.has(k))) ||
        stored.has(toModuleKey(f.absolute)),
    )
    .map((f) => f.absolute);
  // Typed SDK receivers: only when a TypeScript file names an SDK; every file that could call it is needed.
  const typedFiles = js.some((f, i) => facts[i]!.sdk && TYPESCRIPT.test(f.absolute))
    ? sdkFilesAndImporters(js, facts)
    : [];
  const folded = await foldRunConstants(files, js, facts);
  const names = new Set<string>();
  for (const values of Object.values(folded.constants))
    for (const [name, value] of Object.entries(values)) if (isV1Url(value)) names.add(name);
  const withSdk = (typed: SdkProjectContext['typed'] = {}) => {
    const sdkProject = Object.keys(typed).length ? { modules: {}, ...sdk.project, typed } : sdk.project;
    if (!sdkProject && Object.keys(folded.constants).length === 0) return undefined;
    return { ...folded, ...(sdkProject ? { sdk: sdkProject } : {}) };
  };
  const none = { project: withSdk(), constantNames: [...names], sdkImporters, warning: sdk.warning };
  if (typedFiles.length === 0) return none;
  try {
    const analyze = await (await loadCodemod()).loadAnalyzeTsProject();
    if (!analyze) return none;
    return { ...none, project: withSdk(analyze({ typedFiles })) };
  } catch (error) {
    return {
      ...none,
      warning: `typed SDK receiver resolution failed (${(error as Error).message}); continuing file by file`,
    };
  }
}

function isV1Url(value: string): boolean {
  return V1_PATH.test(value) || /\/sensei\/?$/.test(value);
}

/**
 * Whether a file that may submit V1 jobs (it mentions `sensei` or an SDK) imports a module of the project
 * mentioning `_links`: the only files decideSharedValues asks findLinkReaders about that can have a
 * reader. Without one, the JS/TS analysis (jscodeshift, Babel) is not loaded on this thread at all.
 */
function importsLinkReader(files: ReadonlyArray<{ absolute: string }>, facts: readonly FileFacts[]): boolean {
  const readers = new Set(files.filter((_, i) => facts[i]!.js && facts[i]!.links).map((f) => f.absolute));
  if (readers.size === 0) return false;
  return facts.some(
    (f) => (f.sensei || f.sdk) && f.imports.some((target) => resolveModuleFile(target, target, readers)),
  );
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
    return project && (Object.keys(project.modules).length > 0 || project.blocked || project.stored)
      ? { project }
      : {};
  } catch (error) {
    return {
      warning: `cross-file SDK resolution failed (${(error as Error).message}); continuing file by file`,
    };
  }
}

/**
 * The files naming an SDK and their transitive importers: the only files that can create a client or call a
 * function receiving one (a caller imports the callee's module), so the only ones the typed analysis reads.
 */
function sdkFilesAndImporters(
  js: ReadonlyArray<{ absolute: string }>,
  facts: ReadonlyArray<{ sdk: boolean; imports: string[] }>,
): string[] {
  const keep = new Set(js.filter((_, i) => facts[i]!.sdk).map((f) => toModuleKey(f.absolute)));
  const keys = new Set(js.map((f) => toModuleKey(f.absolute)));
  const targets = facts.map((f) =>
    f.imports.flatMap((t) => resolveModuleKey(t, t, (k) => keys.has(k)) ?? []),
  );
  for (let grew = true; grew;) {
    grew = false;
    js.forEach((f, i) => {
      const key = toModuleKey(f.absolute);
      if (keep.has(key) || !targets[i]!.some((t) => keep.has(t))) return;
      keep.add(key);
      grew = true;
    });
  }
  return js.filter((f) => keep.has(toModuleKey(f.absolute))).map((f) => f.absolute);
}

function readTextOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

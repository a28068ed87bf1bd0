import { existsSync } from 'node:fs';
import { createConstantFolder } from './create-constant-folder.ts';
import { findRelativeSpecifiers } from './find-relative-specifiers.ts';
import { foldExportedConstants } from './fold-exported-constants.ts';
import { resolveModuleFile } from './resolve-module-file.ts';
import type { ProjectContext } from '../js/types.ts';

/** One folder per process: a module is read and parsed once however many files import it. */
let folder: ReturnType<typeof createConstantFolder> | undefined;

/**
 * For runs that see one file at a time (plain jscodeshift, the ESLint rule): the exported constants of the
 * modules this file imports with relative specifiers, read from disk and folded with the analysis' one
 * constant evaluator (the same rules `rewrite` folds the whole project with). Results are cached per process.
 */
export function foldImportedConstants(filename: string, source: string): ProjectContext | undefined {
  const targets = new Set<string>();
  for (const specifier of findRelativeSpecifiers(source)) {
    const file = resolveModuleFile(filename, specifier, existsSync);
    if (file && !file.endsWith('.json')) targets.add(file);
  }
  if (targets.size === 0) return undefined;
  folder ??= createConstantFolder({ accepts: existsSync });
  const folded = foldExportedConstants([...targets], folder);
  return Object.keys(folded.constants).length > 0 ? folded : undefined;
}

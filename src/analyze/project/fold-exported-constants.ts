import type { ProjectContext } from '../js/types.ts';
import type { ConstantFolder } from './create-constant-folder.ts';

/**
 * The exported string constants of `files` (`CUTOUT_URL` of './config', also when './config' only
 * re-exports it or builds it from constants of other modules), folded by `folder`: the project context's
 * `constants`, and in `origins` the module and name where each one that is defined elsewhere is written
 * (so that the same URL has one key for the closed-world decision, whichever module it is imported from).
 * Values that come from a JSON module are left out: a JSON config value is shared and decided apart
 * (decideSharedValues).
 */
export function foldExportedConstants(
  files: readonly string[],
  folder: ConstantFolder,
): Pick<ProjectContext, 'constants' | 'origins'> {
  const constants: ProjectContext['constants'] = {};
  const origins: NonNullable<ProjectContext['origins']> = {};
  for (const file of files) {
    const values: Record<string, string> = {};
    for (const name of folder.exportedNames(file)) {
      const found = name === 'default' ? undefined : folder.exported(file, name);
      if (typeof found?.value !== 'string' || found.json) continue;
      values[name] = found.value;
      if (found.origin !== `${file}#${name}`) origins[`${file}#${name}`] = found.origin;
    }
    if (Object.keys(values).length > 0) constants[file] = values;
  }
  return Object.keys(origins).length > 0 ? { constants, origins } : { constants };
}

import { V1_SEGMENT, createV1PathPattern } from 'rb-migrate-runtime/mapping';
import type { ProjectContext } from '../js/types.ts';
import type { ConstantFolder } from './create-constant-folder.ts';

/**
 * The exported string constants of `files` (`CUTOUT_URL` of './config', also when './config' only
 * re-exports it or builds it from constants of other modules), folded by `folder`: the project context's
 * `constants`, and in `origins` the module and name where each one that is defined elsewhere is written
 * (so that the same URL has one key for the closed-world decision, whichever module it is imported from).
 * Left out: values that come from a JSON module (a JSON config value is shared and decided apart, by
 * decideSharedValues), and V1 URLs assembled in a module that does not write the V1 path itself (`${HOST}${PATH}`
 * of two imported constants): the analysis rewrites a V1 URL where its path is written, so only a constant
 * defined there is known as that endpoint; a request sent to the other gets RB202.
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
      if (V1_PATH.test(found.value) && !writesV1(folder, found.origin)) continue;
      values[name] = found.value;
      if (found.origin !== `${file}#${name}`) origins[`${file}#${name}`] = found.origin;
    }
    if (Object.keys(values).length > 0) constants[file] = values;
  }
  return Object.keys(origins).length > 0 ? { constants, origins } : { constants };
}

const V1_PATH = createV1PathPattern('');

function writesV1(folder: ConstantFolder, origin: string): boolean {
  return folder.source(origin.slice(0, origin.lastIndexOf('#')))?.includes(V1_SEGMENT) ?? false;
}

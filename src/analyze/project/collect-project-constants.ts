import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createConstantFolder } from './create-constant-folder.ts';
import { foldExportedConstants } from './fold-exported-constants.ts';
import type { ProjectContext } from '../js/types.ts';

/**
 * Reads every exported string constant of the given files, folded through concatenations, templates,
 * object members and the constants they import or re-export (modules read from disk as needed), so that
 * migrateSource can tell that an imported `CUTOUT_URL` is a V1 endpoint. Runs before any rewriting; plain
 * data out. Public (rb-migrate's root entry). `rewrite` and `check` fold the run's files the same way
 * (collectProjectContext).
 */
export function collectProjectConstants(files: readonly string[]): ProjectContext {
  return foldExportedConstants(
    files.map((f) => resolve(f)),
    createConstantFolder({ accepts: isFile }),
  );
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

import { resolve } from 'node:path';
import { Project, type SourceFile } from 'ts-morph';
import { readProjectConstants } from '../js/read-project-constants.ts';
import type { ProjectContext } from '../js/types.ts';

/**
 * Reads every exported string constant of the given files with ts-morph, resolving concatenations,
 * templates and references to other constants (also imported ones), so that migrateSource can tell that
 * an imported `CUTOUT_URL` is a V1 endpoint. Runs before any rewriting; plain data out. Public (rb-migrate's
 * root entry): its signature names no ts-morph type, so consumers' declarations do not depend on ts-morph's.
 * The analysis, which shares one ts-morph Project per run, calls readProjectConstants directly.
 */
export function collectProjectConstants(files: readonly string[]): ProjectContext {
  return readProjectConstants(addFiles(files));
}

/** A ts-morph Project of its own, for callers that give paths (analyzeTsProject shares the run's one). */
function addFiles(files: readonly string[]): SourceFile[] {
  const project = new Project({
    useInMemoryFileSystem: false,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    compilerOptions: { allowJs: true, noEmit: true },
  });
  const sourceFiles: SourceFile[] = [];
  for (const file of files) {
    try {
      sourceFiles.push(project.addSourceFileAtPath(resolve(file)));
    } catch {
      // unreadable file: no constants from it
    }
  }
  return sourceFiles;
}

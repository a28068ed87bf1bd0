import { resolve } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import { readProjectConstants } from './read-project-constants.ts';
import { findTypedSdkReceivers } from '../sdk/find-typed-sdk-receivers.ts';
import type { SdkProjectContext } from '../sdk/sdk-project-context.ts';
import type { ProjectContext } from './types.ts';

/**
 * The one ts-morph Project of an analysis run, built only when the run needs it (cross-file constants, or
 * SDK clients received by typed parameters in TypeScript files) and over only the files those need: the
 * exported constants of `constantFiles`, and the typed receivers of `typedFiles` (which must include every
 * file that could create a client or call them: the SDK files and their transitive importers). No lib.d.ts:
 * only references between the project's own declarations are asked for.
 */
export function analyzeTsProject(input: {
  constantFiles: readonly string[];
  typedFiles: readonly string[];
}): {
  constants: ProjectContext['constants'];
  typed: NonNullable<SdkProjectContext['typed']>;
} {
  const project = new Project({
    useInMemoryFileSystem: false,
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    compilerOptions: {
      allowJs: true,
      noEmit: true,
      // References between the project's own declarations need no lib.d.ts (parsing it is most of the cost).
      noLib: true,
      types: [],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    },
  });
  const add = (files: readonly string[]): SourceFile[] =>
    files.flatMap((file) => {
      try {
        return [project.getSourceFile(resolve(file)) ?? project.addSourceFileAtPath(resolve(file))];
      } catch {
        return []; // unreadable: nothing from it
      }
    });
  const constantSources = add(input.constantFiles);
  const typedSources = add(input.typedFiles);
  return {
    constants: constantSources.length ? readProjectConstants(constantSources).constants : {},
    typed: typedSources.length ? findTypedSdkReceivers(typedSources) : {},
  };
}

import { resolve } from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import { findTypedSdkReceivers } from '../sdk/find-typed-sdk-receivers.ts';
import type { SdkProjectContext } from '../sdk/sdk-project-context.ts';

/**
 * The one ts-morph Project of an analysis run, built only when the run needs types: SDK clients received by
 * typed parameters in TypeScript files, over `typedFiles` (which must include every file that could create
 * a client or call them: the SDK files and their transitive importers). Constants need no types: they are
 * folded on the syntax tree (createConstantFolder). No lib.d.ts: only references between the project's own
 * declarations are asked for.
 */
export function analyzeTsProject(input: {
  typedFiles: readonly string[];
}): NonNullable<SdkProjectContext['typed']> {
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
  const typedSources = add(input.typedFiles);
  return typedSources.length ? findTypedSdkReceivers(typedSources) : {};
}

import type { SdkProjectContext } from '../sdk/types.ts';
import type { MigrateOptions, MigrateResult } from '../js/types.ts';

export interface Codemod {
  migrateSource(source: string, options: MigrateOptions): MigrateResult;
  /** Exported functions reading `_links.self.href` from a parameter (shared pollers). */
  findLinkReaders(source: string, filename: string): Record<string, number[]>;
  /**
   * Loads the run's ts-morph analysis (typed SDK receivers; one Project) on first use; undefined when it is
   * not available.
   */
  loadAnalyzeTsProject(): Promise<
    ((input: { typedFiles: readonly string[] }) => NonNullable<SdkProjectContext['typed']>) | undefined
  >;
  /** Loads the SDK planner's cross-file collector (jscodeshift based) on first use. */
  loadCollectSdkProject(): Promise<
    ((files: readonly { filename: string; source: string }[]) => SdkProjectContext) | undefined
  >;
}

let loaded: Promise<Codemod> | undefined;

/**
 * Loads the JS/TS codemod (src/analyze/js/migrate-source) lazily, so `rewrite` runs on JSON/shell/Markdown-only
 * trees without paying for jscodeshift, and the ts-morph based analyze-ts-project only when a run needs
 * typed SDK receivers.
 */
export function loadCodemod(): Promise<Codemod> {
  loaded ??= (async () => {
    // Literal specifiers: tsc rewrites them to .js and the CLI bundler splits them into lazy chunks.
    const migrate = await import('../js/migrate-source.ts');
    const links = await import('../js/find-link-readers.ts');
    return {
      migrateSource: migrate.migrateSource,
      findLinkReaders: links.findLinkReaders,
      loadAnalyzeTsProject: async () => {
        try {
          return (await import('../js/analyze-ts-project.ts')).analyzeTsProject;
        } catch {
          return undefined;
        }
      },
      loadCollectSdkProject: async () => (await import('../sdk/collect-sdk-project.ts')).collectSdkProject,
    };
  })();
  return loaded;
}

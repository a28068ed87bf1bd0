import type { SdkProjectContext } from '../codemod/sdk/types.ts';
import type { MigrateOptions, MigrateResult, ProjectContext } from '../codemod/types.ts';

export interface Codemod {
  migrateSource(source: string, options: MigrateOptions): MigrateResult;
  /** Loads the project-wide constant resolver (ts-morph) on first use; undefined when it is not available. */
  loadCollectProjectConstants(): Promise<
    ((files: string[]) => ProjectContext | Promise<ProjectContext>) | undefined
  >;
  /** Loads the SDK planner's cross-file collector (jscodeshift based) on first use. */
  loadCollectSdkProject(): Promise<
    ((files: readonly { filename: string; source: string }[]) => SdkProjectContext) | undefined
  >;
}

let loaded: Promise<Codemod> | undefined;

/**
 * Loads the JS/TS codemod (src/codemod/migrate-source) lazily, so `rewrite` runs on JSON/shell/Markdown-only
 * trees without paying for jscodeshift, and the ts-morph based collect-project-constants only when a run
 * needs cross-file constants; works from the built `.js` files as well as from the `.ts` sources.
 */
export function loadCodemod(): Promise<Codemod> {
  loaded ??= (async () => {
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const migrate = (await import(new URL(`../codemod/migrate-source${ext}`, import.meta.url).href)) as {
      migrateSource: Codemod['migrateSource'];
    };
    return {
      migrateSource: migrate.migrateSource,
      loadCollectProjectConstants: async () => {
        try {
          const mod = (await import(
            new URL(`../codemod/collect-project-constants${ext}`, import.meta.url).href
          )) as {
            collectProjectConstants?: (files: string[]) => ProjectContext | Promise<ProjectContext>;
          };
          return mod.collectProjectConstants;
        } catch {
          return undefined;
        }
      },
      loadCollectSdkProject: async () => {
        const mod = (await import(
          new URL(`../codemod/sdk/collect-sdk-project${ext}`, import.meta.url).href
        )) as {
          collectSdkProject?: (files: readonly { filename: string; source: string }[]) => SdkProjectContext;
        };
        return mod.collectSdkProject;
      },
    };
  })();
  return loaded;
}

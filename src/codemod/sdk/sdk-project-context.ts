import type { SdkFacts } from '../../spec/sdks.ts';

/**
 * Public data (exported from the root entry, so no jscodeshift types here: consumers do not have them).
 * What other modules of the project export, for imports of project files (wrapper modules).
 * Keys are absolute file paths without extension; values name the SDK a module re-exports and the
 * exported names that are SDK clients or client factories. Built by collectSdkProject (ts-morph).
 */
export interface SdkProjectContext {
  /**
   * Modules exporting an SDK client or factory that some importer uses in a way rb-migrate does not migrate
   * (closed world: the shared client stays V1 for everyone): module key → what it exports and why.
   */
  blocked?: Record<
    string,
    {
      sdk: SdkFacts['name'];
      clients?: Record<string, SdkFacts['name']>;
      factories?: Record<string, SdkFacts['name']>;
      reason: string;
    }
  >;
  modules: Record<
    string,
    {
      reexports?: SdkFacts['name'];
      clients?: Record<string, SdkFacts['name']>;
      factories?: Record<string, SdkFacts['name']>;
    }
  >;
}

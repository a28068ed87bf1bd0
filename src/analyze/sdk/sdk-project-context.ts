import type { SdkFacts } from 'rb-migrate-runtime/mapping';

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
  /**
   * Type-aware facts (ts-morph, TypeScript projects only), by absolute file path: parameters and class
   * fields typed as an SDK client class whose every producer is known and migrated in the same run
   * (findTypedSdkReceivers).
   */
  typed?: Record<string, TypedReceivers>;
  /**
   * SDK clients stored on instances of classes other project modules export (`jobs.client = await init(…)`,
   * `Jobs` imported): module key → exported class name (`default`) → field → SDK. The class's calls on that
   * field (`this.client.createCutout(…)`) are V1 SDK calls syntax cannot link to the SDK: RB214 there.
   */
  stored?: Record<string, Record<string, Record<string, SdkFacts['name']>>>;
  modules: Record<
    string,
    {
      reexports?: SdkFacts['name'];
      clients?: Record<string, SdkFacts['name']>;
      factories?: Record<string, SdkFacts['name']>;
    }
  >;
}

/** One file's type-aware receivers; offsets index the file's text. */
export interface TypedReceivers {
  /** Start of a parameter's name → the SDK whose client it receives (its calls are migrated). */
  params: Record<number, SdkFacts['name']>;
  /**
   * Start of a class field's name (`client!: PhotoshopClient`, or a constructor parameter property) → the
   * SDK whose client it holds: its `this.<name>` calls are migrated.
   */
  fields?: Record<number, SdkFacts['name']>;
  /**
   * Start of a value handed to such a parameter or field (an argument, the right side of `jobs.client = …`)
   * → its SDK (a followed use of the client).
   */
  passed: Record<number, SdkFacts['name']>;
  /** Those parameters' type annotations (`PhotoshopClient` → the runtime client's type). */
  types: [number, number][];
  /** Type-only SDK imports no longer referenced once those types change (removed, with their line break). */
  unusedImports: [number, number][];
}

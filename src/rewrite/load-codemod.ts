import type { MigrateOptions, MigrateResult, ProjectContext } from '../codemod/types.ts';

export interface Codemod {
  migrateSource(source: string, options: MigrateOptions): MigrateResult;
  /** Undefined while the project-wide constant resolver is not available. */
  collectProjectConstants?: (files: string[]) => ProjectContext | Promise<ProjectContext>;
}

let loaded: Promise<Codemod> | undefined;

/**
 * Loads the JS/TS codemod (src/codemod/migrate-source and collect-project-constants) lazily, so `rewrite`
 * runs on JSON/shell/Markdown-only trees without paying for jscodeshift, and works from the built `.js`
 * files as well as from the `.ts` sources.
 */
export function loadCodemod(): Promise<Codemod> {
  loaded ??= (async () => {
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    const migrate = (await import(new URL(`../codemod/migrate-source${ext}`, import.meta.url).href)) as Pick<
      Codemod,
      'migrateSource'
    >;
    let collect: Codemod['collectProjectConstants'];
    try {
      const mod = (await import(
        new URL(`../codemod/collect-project-constants${ext}`, import.meta.url).href
      )) as Pick<Codemod, 'collectProjectConstants'>;
      collect = mod.collectProjectConstants;
    } catch {
      collect = undefined;
    }
    return { migrateSource: migrate.migrateSource, ...(collect ? { collectProjectConstants: collect } : {}) };
  })();
  return loaded;
}

/**
 * The codemod's library contract. `migrateSource` (src/analyze/js/migrate-source.ts) implements it; the jscodeshift
 * transform in transforms/ and the `rb-migrate rewrite` CLI are thin shells over it.
 */
import type { SdkProjectContext } from '../sdk/sdk-project-context.ts';

/** A coded TODO the codemod left (or would leave) in the output. */
export interface MigrationTodo {
  /** 1-based line in the OUTPUT where the marker sits. */
  line: number;
  /** Rule code from packages/runtime/src/mapping/rules.ts (RB1xx from the mapping, RB2xx codemod reasons). */
  code: string;
  message: string;
}

/** A text replacement applied to the ORIGINAL source (character offsets, end exclusive). */
export interface MigrationEdit {
  start: number;
  end: number;
  text: string;
  /** What the edit does, e.g. "endpoint", "payload", "status-url", "links", "todo". */
  kind: string;
}

/**
 * Facts about the whole project gathered before rewriting (constants: collectProjectConstants, folded on
 * the syntax tree by the analysis' one constant evaluator). Plain data so it can be sent to worker threads.
 */
export interface ProjectContext {
  /**
   * absolute file path → exported name → the constant's string value (folded through concatenations,
   * templates, object members, imports and re-exports).
   */
  constants: Record<string, Record<string, string>>;
  /**
   * `<file>#<exported name>` → `<file>#<name>` of the constant it is written as, for an exported constant
   * defined in another module or under another name (a re-export, `export const B = A`): the key the
   * closed-world decision knows that URL by.
   */
  origins?: Record<string, string>;
  /** Project modules that re-export a V1 SDK or export its clients (collectSdkProject), for SDK rewrites. */
  sdk?: SdkProjectContext;
  /**
   * JSON files that code of the project reads (require/import) and that hold V1 URLs: absolute path →
   * the URLs by key path, and the absolute paths of the files reading it. Such a value is shared: it stays
   * V1 together with the request that uses it (decideSites).
   */
  configs?: Record<string, { urls: { key: string; v1: string }[]; readers: string[] }>;
  /**
   * Exported functions of project modules that read `_links.self.href` from a parameter (shared pollers):
   * module path without extension → exported name → indexes of those parameters.
   */
  linkReaders?: Record<string, Record<string, number[]>>;
  /**
   * Exported V1 URL constants (`<exporter path>#<name>`) that stay V1 because a request somewhere in the
   * project that sends them stays V1 (decideSharedUses): every request using them stays V1 too (RB262).
   */
  heldUrls?: string[];
  /**
   * Postman collections whose V1 requests go to a server of the project that serves V1 paths itself (a
   * proxy), and those servers (absolute paths): one group, left V1 together (decideSites).
   */
  proxied?: {
    collections: Record<string, { offset: number; length: number; v1: string }[]>;
    servers: Record<string, { offset: number; value: string }[]>;
  };
  /**
   * JSON files a curl request of the project sends as its body (`-d @body.json`, in a shell script or a
   * Markdown shell block): absolute path → the absolute paths of those scripts. Such a request stays V1
   * (RB230), so the file's V1 bodies stay V1 with it (RB340; decideSites).
   */
  bodyFiles?: Record<string, string[]>;
  /**
   * Files (absolute) of a package whose package.json names a V1 SDK itself (`@adobe/aio-lib-photoshop-api`,
   * a fork or a vendored copy) → that package name. They are the SDK, not users of it: left V1 whole (RB342;
   * decideSites).
   */
  sdkPackages?: Record<string, string>;
}

export interface MigrateOptions {
  /** Used to choose the parser (by extension) and to resolve relative imports against ProjectContext. */
  filename: string;
  project?: ProjectContext;
  /**
   * `native` (default): V1 requests become V2 code. `compat`: their `fetch(` becomes `v1Fetch(` from
   * rb-migrate/runtime (URL, body and `_links` reads stay V1; see docs/runtime.md).
   */
  strategy?: 'native' | 'compat';
}

/** A V1 request sent with v1Fetch (its call), with the text it is made of (URL literal, body). */
export interface CompatCall {
  start: number;
  end: number;
  value: string;
  covers: { start: number; end: number }[];
}

export interface MigrateResult {
  /** The new source; identical to the input when nothing changed. */
  output: string;
  changed: boolean;
  /** Set when the file was not a candidate at all (no V1 usage, .d.ts, minified, generated): the reason. */
  skipped?: string;
  edits: MigrationEdit[];
  todos: MigrationTodo[];
  /**
   * Every TODO the plan wants, at offsets of the ORIGINAL source, including those whose marker is already
   * there from an earlier run (the sites left V1 and the losses of migrated ones).
   */
  planned: PlannedTodo[];
  /** V1 paths in prose (RB310) or in whole V1 examples written as text (RB311): not sites, left as they are. */
  prose?: { start: number; end: number; code: 'RB310' | 'RB311' }[];
  /** V1 requests already routed through v1Fetch from rb-migrate-runtime (RB245, info), with their URL text. */
  compat?: CompatCall[];
  /** The exported V1 URL constants this file defines or sends, and whether its requests migrated with them. */
  shared?: { key: string; applied: boolean }[];
  /** Object literals with the V1 request shape that no request of the file sends (RB302, left as they are). */
  unsent?: { start: number; end: number }[];
}

/** A coded TODO the plan wants above the statement starting at `offset` (original source). */
export interface PlannedTodo {
  offset: number;
  code: string;
  message: string;
}

export { SourceParseError } from '../ast/source-parse-error.ts';

import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import type { MigrationEdit } from '../js/types.ts';
import type { SdkFacts } from 'rb-migrate-runtime/mapping';
import type { SdkProjectContext } from './sdk-project-context.ts';

/** A coded TODO the SDK planner wants in the output, at `offset` of the ORIGINAL source. */
export interface SdkTodo {
  offset: number;
  code: string;
  message: string;
}

export interface SdkMigrationPlan {
  /** Text edits on the original source (not applied, non-overlapping, sorted by start). */
  edits: MigrationEdit[];
  todos: SdkTodo[];
  /** True when the planned output imports from rb-migrate (the project needs it as a dependency). */
  needsImport: boolean;
}

export type { SdkProjectContext } from './sdk-project-context.ts';

export interface SdkPlanOptions {
  filename: string;
  sdkProject?: SdkProjectContext;
}

/** One import (ESM or require) of an SDK package, or of a project module re-exporting one. */
export interface SdkImport {
  sdk: SdkFacts;
  path: AnyPath;
  /** The statement holding it (ImportDeclaration or VariableDeclaration). */
  statement: AnyPath;
  module: 'esm' | 'cjs';
  form: 'require' | 'require-destructure' | 'default' | 'namespace' | 'named';
  /** The whole module object: `sdk` in `require(…)`, `import sdk`, `import * as sdk`. */
  namespace?: { name: string; binding: unknown };
  named: { imported: string; local: string; binding: unknown }[];
  quote: string;
  /** False for a project wrapper module (its own import statement must stay). */
  removable: boolean;
  /** Set when the imported module's client is shared with users that are not migrated (the reason). */
  blocked?: string;
  /** Project module imports: names that are clients / client factories there. */
  clients?: Record<string, true>;
  factories?: Record<string, true>;
}

/** Everything the planning helpers share. */
export interface SdkPlanContext {
  j: JSCodeshift;
  root: Collection<ASTNode>;
  source: string;
  eol: string;
  imports: SdkImport[];
  edits: MigrationEdit[];
  todos: SdkTodo[];
  /** Ranges of code replaced by edits that consume SDK references (so those references disappear). */
  consumed: [number, number][];
  /** Runtime names the output uses. */
  runtimeNames: Set<string>;
}

/** Internal types shared by the codemod helpers (types only). */
import type { ASTNode, Collection, JSCodeshift } from 'jscodeshift';
import type { MigrationEdit, ProjectContext } from './types.ts';

export interface SourceStyle {
  quote: "'" | '"';
  indentUnit: string;
  eol: '\n' | '\r\n';
}

/** A TODO to insert above the statement that starts at `statementStart`. */
export interface TodoRequest {
  statementStart: number;
  code: string;
  message: string;
}

export interface CodemodContext {
  j: JSCodeshift;
  root: Collection<ASTNode>;
  /** The file's parser (offsets of its nodes index the original text). */
  parse: (code: string) => ASTNode;
  source: string;
  filename: string;
  style: SourceStyle;
  project?: ProjectContext;
}

/** What a planned rewrite wants to do; nothing is written until the plan is accepted. */
export interface Plan {
  edits: MigrationEdit[];
  todos: TodoRequest[];
}

export type { AnyPath } from '../ast/types.ts';

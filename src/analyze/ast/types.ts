/** Types the syntax helpers share (types only). */
import type { ASTPath } from 'jscodeshift';

/** A path in a jscodeshift tree (Babel nodes, any node type). */
export type AnyPath = ASTPath<any>;

/** Types the syntax helpers share (types only). */
import type { ASTPath } from 'jscodeshift';

/**
 * A path whose node the analysis reads field by field before narrowing it (Babel nodes: ast-types declares
 * neither their offsets nor several Babel-only fields, and its NodePath types parent, scope and get() as any).
 * Helpers that narrow on `node.type` take `ASTPath` (jscodeshift's node union) instead.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the one alias for not-yet-narrowed paths (see above)
export type AnyPath = ASTPath<any>;

/** The node of such a path (read field by field before it is narrowed). */
export type AnyNode = AnyPath['node'];

import type { ASTNode, Collection } from 'jscodeshift';
import { findPaths } from '../ast/find-paths.ts';
import type { AnyPath } from '../ast/types.ts';

/** The export statement declaring `binding` (`export const …`, `export function …`, `export default …`), and its exported name. */
export function findExportedDeclaration(
  root: Collection<ASTNode>,
  binding: unknown,
): { path: AnyPath; name: string } | undefined {
  let found: { path: AnyPath; name: string } | undefined;
  findPaths(root, 'ExportNamedDeclaration').forEach((p: AnyPath) => {
    const decl = p.node.declaration;
    if (!decl) return;
    if (decl.type === 'FunctionDeclaration' && decl.id === binding) found = { path: p, name: decl.id.name };
    const declarator =
      decl.type === 'VariableDeclaration'
        ? decl.declarations.find((d: { id: unknown }) => d.id === binding)
        : undefined;
    if (declarator) found = { path: p, name: declarator.id.name };
  });
  findPaths(root, 'ExportDefaultDeclaration').forEach((p: AnyPath) => {
    if (p.node.declaration?.id === binding) found = { path: p, name: 'default' };
  });
  return found;
}

import type { ASTPath, Collection } from 'jscodeshift';
import { findPaths } from '../ast/find-paths.ts';

/** The export statement declaring `binding` (`export const …`, `export function …`, `export default …`), and its exported name. */
export function findExportedDeclaration(
  root: Collection<any>,
  binding: any,
): { path: ASTPath<any>; name: string } | undefined {
  let found: ASTPath<any> | undefined;
  findPaths(root, 'ExportNamedDeclaration').forEach((p: ASTPath<any>) => {
    const decl = p.node.declaration;
    if (!decl) return;
    if (decl.type === 'FunctionDeclaration' && decl.id === binding) found = p;
    if (decl.type === 'VariableDeclaration' && decl.declarations.some((d: any) => d.id === binding))
      found = p;
  });
  findPaths(root, 'ExportDefaultDeclaration').forEach((p: ASTPath<any>) => {
    if (p.node.declaration?.id === binding) found = p;
  });
  if (!found) return undefined;
  return { path: found, name: found.node.type === 'ExportDefaultDeclaration' ? 'default' : binding.name };
}

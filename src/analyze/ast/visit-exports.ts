import type { ASTNode, Collection } from 'jscodeshift';
import { findPaths } from './find-paths.ts';
import type { AnyNode, AnyPath } from './types.ts';

/**
 * Calls `visit(name, value)` for every value a module exports, ESM and CommonJS alike: `export function f` /
 * `export class C` (the declaration), `export const f = …` (its initialiser), `export { a as b }` (an
 * identifier `a`), `export default …` and `module.exports = …` other than an object literal (`'default'`),
 * `module.exports = { f }` (each identifier-valued property), `exports.f = …` / `module.exports.f = …`.
 */
export function visitExports(root: Collection<ASTNode>, visit: (name: string, value: AnyNode) => void): void {
  findPaths(root, 'ExportNamedDeclaration').forEach((p: AnyPath) => {
    const decl = p.node.declaration;
    if ((decl?.type === 'FunctionDeclaration' || decl?.type === 'ClassDeclaration') && decl.id)
      visit(decl.id.name, decl);
    for (const d of decl?.type === 'VariableDeclaration' ? decl.declarations : [])
      if (d.id.type === 'Identifier') visit(d.id.name, d.init);
    for (const s of p.node.specifiers ?? [])
      if (!p.node.source) visit(s.exported.name, { type: 'Identifier', name: s.local.name });
  });
  findPaths(root, 'ExportDefaultDeclaration').forEach((p: AnyPath) => visit('default', p.node.declaration));
  findPaths(root, 'AssignmentExpression').forEach((p: AnyPath) => {
    const { left, right } = p.node;
    if (left.type !== 'MemberExpression' || left.computed) return;
    if (left.object.name === 'module' && left.property.name === 'exports') {
      if (right.type !== 'ObjectExpression') return visit('default', right);
      for (const prop of right.properties)
        if (prop.key && prop.value?.type === 'Identifier') visit(prop.key.name ?? prop.key.value, prop.value);
      return;
    }
    if (
      left.object.name === 'exports' ||
      (left.object.type === 'MemberExpression' && left.object.object.name === 'module')
    )
      visit(left.property.name, right);
  });
}

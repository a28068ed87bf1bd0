import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import { RUNTIME_MODULES } from 'rb-migrate-runtime/mapping';
import { findPaths } from '../ast/find-paths.ts';

/**
 * The names a file already imports (`import { a } from`) or requires (`const { a } = require(`) from
 * rb-migrate-runtime (or `modules`: by default the runtime package and rb-migrate/runtime, older migrations)
 * under their own local name.
 */
export function findRuntimeImports(
  root: Collection<ASTNode>,
  modules: readonly string[] = RUNTIME_MODULES,
): Set<string> {
  const names = new Set<string>();
  findPaths(root, 'ImportDeclaration').forEach((p: AnyPath) => {
    if (!modules.includes(p.node.source.value)) return;
    for (const s of p.node.specifiers ?? [])
      if (s.type === 'ImportSpecifier' && (s.imported.name ?? s.imported.value) === s.local.name)
        names.add(s.local.name);
  });
  findPaths(root, 'VariableDeclarator').forEach((p: AnyPath) => {
    const init = p.node.init;
    if (
      init?.type !== 'CallExpression' ||
      init.callee.name !== 'require' ||
      !modules.includes(init.arguments[0]?.value)
    )
      return;
    if (p.node.id.type !== 'ObjectPattern') return;
    for (const prop of p.node.id.properties)
      if (prop.value?.type === 'Identifier' && (prop.key?.name ?? prop.key?.value) === prop.value.name)
        names.add(prop.value.name);
  });
  return names;
}

import { dirname, resolve } from 'node:path';
import type { AnyPath, CodemodContext } from '../js/codemod-context.ts';
import { findPaths } from '../ast/find-paths.ts';

/** A name bound by a relative import or require: its local name, the imported name and the absolute target. */
export interface ProjectImport {
  local: string;
  /** `default` for a default import or a whole-module require. */
  imported: string;
  /** Absolute path as written (extension kept, not resolved against the file system). */
  target: string;
  /** The specifier as written (`./lib/poller`). */
  specifier: string;
  statement: AnyPath;
}

/** The names this file binds from relative modules (ESM imports, `require`, destructured `require`). */
export function findProjectImports(ctx: CodemodContext): ProjectImport[] {
  const found: ProjectImport[] = [];
  const at = (spec: string) => resolve(dirname(ctx.filename), spec);
  findPaths(ctx.root, 'ImportDeclaration').forEach((p: AnyPath) => {
    const spec = p.node.source?.value;
    if (typeof spec !== 'string' || !spec.startsWith('.') || p.node.importKind === 'type') return;
    for (const s of p.node.specifiers ?? []) {
      const imported = s.type === 'ImportSpecifier' ? (s.imported?.name ?? s.imported?.value) : 'default';
      found.push({ local: s.local.name, imported, target: at(spec), specifier: spec, statement: p });
    }
  });
  findPaths(ctx.root, 'VariableDeclarator').forEach((p: AnyPath) => {
    const init = p.node.init;
    if (
      init?.type !== 'CallExpression' ||
      init.callee.type !== 'Identifier' ||
      init.callee.name !== 'require'
    )
      return;
    const spec = init.arguments[0]?.value;
    if (typeof spec !== 'string' || !spec.startsWith('.')) return;
    const id = p.node.id;
    if (id.type === 'Identifier')
      found.push({ local: id.name, imported: 'default', target: at(spec), specifier: spec, statement: p });
    if (id.type === 'ObjectPattern')
      for (const prop of id.properties)
        if (prop.value?.type === 'Identifier' && prop.key)
          found.push({
            local: prop.value.name,
            imported: prop.key.name ?? prop.key.value,
            target: at(spec),
            specifier: spec,
            statement: p,
          });
  });
  return found;
}

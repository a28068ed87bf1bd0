import type { AnyPath, CodemodContext, TodoRequest } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { findPaths } from '../../ast/find-paths.ts';
import { findProjectImports } from '../../project/find-project-imports.ts';

const MEMBERS = new Set(['MemberExpression', 'OptionalMemberExpression']);

/**
 * Reads of a shared config value that holds a V1 URL (ProjectContext.configs, decided by decideSharedValues):
 * `config.cutoutUrl` where `config` is a project JSON file read by this module. The value and the request it
 * is sent with stay V1; an RB215 TODO at each read names both.
 */
export function planConfigReads(ctx: CodemodContext): TodoRequest[] {
  const configs = ctx.project?.configs;
  if (!configs) return [];
  const todos: TodoRequest[] = [];
  for (const imp of findProjectImports(ctx)) {
    const config = configs[imp.target];
    if (!config) continue;
    const file = imp.target.slice(imp.target.lastIndexOf('/') + 1);
    const prefixes = imp.imported === 'default' ? [imp.local] : [imp.local, imp.imported];
    findPaths(ctx.root, 'Identifier').forEach((id: AnyPath) => {
      if (id.node.name !== imp.local || id.name === 'property' || id.parent?.node === imp.statement.node)
        return;
      let chain = imp.imported === 'default' ? [] : [imp.imported];
      let top: AnyPath = id;
      while (MEMBERS.has(top.parent?.node.type) && top.name === 'object' && !top.parent.node.computed) {
        chain = [...chain, top.parent.node.property.name];
        top = top.parent;
      }
      if (findEnclosingStatement(top).node === findEnclosingStatement(imp.statement).node) return;
      const key = chain.join('.');
      const url = config.urls.find((u) => u.key === key || (key !== '' && u.key.startsWith(`${key}.`)));
      if (!url) return;
      const shown = [prefixes[0], ...chain.slice(imp.imported === 'default' ? 0 : 1)].join('.');
      todos.push({
        statementStart: findEnclosingStatement(top).node.start,
        code: 'RB215',
        message: describeTodo('RB215', { sourceText: `${shown} (${url.v1} in ${file})` }),
      });
    });
  }
  return todos;
}

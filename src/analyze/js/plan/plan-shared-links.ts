import type { AnyNode } from '../../ast/types.ts';
import type { AnyPath, CodemodContext, TodoRequest } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { findPaths } from '../../ast/find-paths.ts';
import { readMemberChain } from '../../ast/read-member-chain.ts';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { toModuleKey } from '../to-module-key.ts';

/**
 * A module whose exported functions read `_links.self.href` from a parameter that V1 submitters elsewhere in
 * the project pass their job response to (ProjectContext.linkReaders): the read stays, with an RB217 TODO,
 * and the submitters stay V1 with RB216 (a request and its response reads change together).
 */
export function planSharedLinks(ctx: CodemodContext): TodoRequest[] {
  const key = toModuleKey(ctx.filename);
  const readers = ctx.project?.linkReaders?.[key];
  if (!readers) return [];
  const names = Object.keys(readers)
    .map((n) => `${n}()`)
    .join(', ');
  const [first] = RESPONSE_PATHS.statusLink.v1;
  const todos: TodoRequest[] = [];
  const keys = (type: string, read: (node: AnyNode) => unknown) =>
    findPaths(ctx.root, type).filter(
      (p: AnyPath) =>
        p.name === 'property' &&
        read(p.node) === first &&
        Boolean(p.parent.node.computed) !== (type === 'Identifier'),
    );
  // `x._links.self.href` and `x['_links'].self.href`
  [
    ...keys('Identifier', (n) => n.name),
    ...keys('StringLiteral', (n) => n.value),
    ...keys('Literal', (n) => n.value),
  ].forEach((id: AnyPath) => {
    const chain = readMemberChain(id.parent.get('object'), RESPONSE_PATHS.statusLink.v1);
    if (!chain) return;
    todos.push({
      statementStart: findEnclosingStatement(chain.last).node.start,
      code: 'RB217',
      message: describeTodo('RB217', { sourceText: names }),
    });
  });
  return todos;
}

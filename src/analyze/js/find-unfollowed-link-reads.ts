import type { AnyPath, CodemodContext, TodoRequest } from './codemod-context.ts';
import { describeTodo } from './plan/describe-todo.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { readMemberChain } from '../ast/read-member-chain.ts';
import { RESPONSE_PATHS } from 'rb-migrate-runtime/translate';
import { findPaths } from '../ast/find-paths.ts';

/**
 * V1 status-link reads (`x._links.self.href`) that were not rewritten because they do not flow from a
 * rewritten call (generic pollers of other Photoshop APIs, responses fetched elsewhere): an RB204 TODO each.
 */
export function findUnfollowedLinkReads(ctx: CodemodContext, rewritten: ReadonlySet<unknown>): TodoRequest[] {
  const { statusLink } = RESPONSE_PATHS;
  const todos: TodoRequest[] = [];
  findPaths(ctx.root, 'Identifier').forEach((idPath: AnyPath) => {
    if (idPath.node.name !== statusLink.v1[0] && idPath.node.name !== statusLink.v1[statusLink.v1.length - 1])
      return;
    const member = idPath.parent;
    if (!member || !['MemberExpression', 'OptionalMemberExpression'].includes(member.node.type)) return;
    if (idPath.name !== 'property' || idPath.node.name !== statusLink.v1[0]) return;
    const chain = readMemberChain(member.get('object'), statusLink.v1);
    if (!chain || rewritten.has(chain.last.node)) return;
    todos.push({
      statementStart: findEnclosingStatement(chain.last).node.start,
      code: 'RB204',
      message: describeTodo('RB204'),
    });
  });
  return todos;
}

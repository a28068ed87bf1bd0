import type { CodemodContext, Plan } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import type { EndpointLiteral } from '../find-endpoint-literals.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';

/**
 * V1 status URLs (`…/sensei/status/` + id) become V2 status URLs only together with the submissions whose
 * job ids they poll: V2 status does not know V1 job ids. A file whose submissions are all migrated gets its
 * polls migrated; a submission in the file that stays V1 holds them back (RB222); a file with no submission
 * of its own polls jobs submitted elsewhere, which this run cannot pair with their polls, so they stay V1
 * (RB260), closed world.
 */
export function planStatusUrls(
  ctx: CodemodContext,
  statusUrls: readonly EndpointLiteral[],
  submissions: 'migrated' | 'held' | 'none',
): Plan {
  if (submissions === 'migrated') return { edits: statusUrls.map((s) => s.edit), todos: [] };
  const code = submissions === 'held' ? 'RB222' : 'RB260';
  return {
    edits: [],
    todos: statusUrls.map((s) => ({
      statementStart: findEnclosingStatement(s.path).node.start,
      code,
      message: describeTodo(code, { sourceText: ctx.source.slice(s.path.node.start, s.path.node.end) }),
    })),
  };
}

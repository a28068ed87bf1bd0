import type { CodemodContext, Plan } from './codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import type { EndpointLiteral } from './find-endpoint-literals.ts';
import { findEnclosingStatement } from './find-enclosing-statement.ts';

/**
 * V1 status URLs (`…/sensei/status/` + id) become V2 status URLs, unless a job submission in the same file
 * stays V1: V2 status does not know V1 job ids, so those are left as they are with an RB222 TODO.
 */
export function planStatusUrls(
  ctx: CodemodContext,
  statusUrls: readonly EndpointLiteral[],
  submissionsMigrated: boolean,
): Plan {
  if (submissionsMigrated) return { edits: statusUrls.map((s) => s.edit), todos: [] };
  return {
    edits: [],
    todos: statusUrls.map((s) => ({
      statementStart: findEnclosingStatement(s.path).node.start,
      code: 'RB222',
      message: describeTodo('RB222', { sourceText: ctx.source.slice(s.path.node.start, s.path.node.end) }),
    })),
  };
}

import type { CodemodContext, TodoRequest } from '../codemod-context.ts';
import { describeTodo } from './describe-todo.ts';
import { findEnclosingStatement } from '../../ast/find-enclosing-statement.ts';
import { findRequestCall } from '../find-request-call.ts';
import type { EndpointSite } from './endpoint-site.ts';

/** RB262 at each request sending a held shared URL, and at the constant's declaration in its module. */
export function holdSharedUrl(ctx: CodemodContext, site: EndpointSite): TodoRequest[] {
  const message = describeTodo('RB262', { sourceText: site.label });
  const at = site.uses.map((use) => {
    const request = findRequestCall(ctx, use);
    return findEnclosingStatement(request?.call ?? use).node.start as number;
  });
  if (site.urlEdits.length > 0 && site.declaredAt !== undefined) at.push(site.declaredAt);
  return [...new Set(at)].map((statementStart) => ({ statementStart, code: 'RB262', message }));
}

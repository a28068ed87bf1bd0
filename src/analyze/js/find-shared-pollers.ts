import type { AnyNode } from '../ast/types.ts';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findEnclosingStatement } from '../ast/find-enclosing-statement.ts';
import { findProjectImports } from '../project/find-project-imports.ts';
import { resolveModuleKey } from '../project/resolve-module-key.ts';
import { findInstanceClass } from './find-instance-class.ts';

/**
 * The V1 job responses this file passes to a function of another module that reads `_links.self.href` from
 * that parameter (ProjectContext.linkReaders), and the V1 requests it sends through a function of another
 * module that reads the status link of the response it gets itself (a wrapper `callApi(path, body)`, index
 * -1), or through a method of an exported class or instance of another module that does (`client.submit(…)` on
 * `new JobClient()`, `jobs.submit(…)`): where, and which function (`pollJob() of './poller'`).
 */
export function findSharedPollers(
  ctx: CodemodContext,
  passedTo: readonly { callee: string; statementStart: number }[],
  requests: readonly AnyPath[] = [],
): { statementStart: number; where: string }[] {
  const readers = ctx.project?.linkReaders;
  if (!readers) return [];
  const wrapped = requests.flatMap((call) => {
    const callee = calleeName(call.node.callee);
    return callee ? [{ callee, statementStart: findEnclosingStatement(call).node.start, own: true }] : [];
  });
  if (passedTo.length === 0 && wrapped.length === 0) return [];
  const imports = findProjectImports(ctx);
  return [...passedTo.map((p) => ({ ...p, own: false })), ...wrapped].flatMap((p) => {
    const [head, member, more] = p.callee.split('.');
    if (!head || more !== undefined) return [];
    // `api.f(…)` on an imported name, or `client.f(…)` on `const client = new JobClient()` (JobClient imported).
    const instanceOf = imports.some((i) => i.local === head) ? undefined : findInstanceClass(ctx, head);
    const imp = imports.find((i) => i.local === (instanceOf ?? head));
    if (!imp || (instanceOf && !member)) return [];
    const candidates = instanceOf
      ? [`${imp.imported}.${member}`]
      : [
          ...(member ? [`${imp.imported}.${member}`] : []),
          imp.imported === 'default' && member ? member : imp.imported,
        ];
    const key = resolveModuleKey(ctx.filename, imp.specifier, (k) => Boolean(readers[k]));
    const module = key === undefined ? undefined : readers[key];
    const name = candidates.find((c) => module?.[c]);
    if (!name || (p.own && !module![name]!.includes(-1))) return [];
    return [
      {
        statementStart: p.statementStart,
        where: `${name}() of '${imp.specifier}'`,
      },
    ];
  });
}

/** `f` or `api.f` (a member of an imported namespace or default object); other callees have no name. */
function calleeName(callee: AnyNode): string | undefined {
  if (callee?.type === 'Identifier') return callee.name;
  if (
    (callee?.type === 'MemberExpression' || callee?.type === 'OptionalMemberExpression') &&
    !callee.computed &&
    callee.object.type === 'Identifier'
  )
    return `${callee.object.name}.${callee.property.name}`;
  return undefined;
}

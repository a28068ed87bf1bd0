import type { CodemodContext } from './codemod-context.ts';
import { findProjectImports } from './find-project-imports.ts';
import { toModuleKey } from './to-module-key.ts';

/**
 * The V1 job responses this file passes to a function of another module that reads `_links.self.href` from
 * that parameter (ProjectContext.linkReaders): where, and which function (`pollJob in lib/poller.js`).
 */
export function findSharedPollers(
  ctx: CodemodContext,
  passedTo: readonly { callee: string; statementStart: number }[],
): { statementStart: number; where: string }[] {
  const readers = ctx.project?.linkReaders;
  if (!readers || passedTo.length === 0) return [];
  const imports = findProjectImports(ctx);
  return passedTo.flatMap((p) => {
    const [head, member] = p.callee.split('.');
    const imp = imports.find((i) => i.local === head);
    if (!imp) return [];
    const name = imp.imported === 'default' && member ? member : imp.imported;
    const key = toModuleKey(imp.target);
    const module = readers[key] ?? readers[`${key}/index`];
    if (!module?.[name]) return [];
    return [
      {
        statementStart: p.statementStart,
        where: `${name}() of '${imp.specifier}'`,
      },
    ];
  });
}

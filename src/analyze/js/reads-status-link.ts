import type { AnyNode } from '../ast/types.ts';
import type { CodemodContext } from './codemod-context.ts';
import { findPaths } from '../ast/find-paths.ts';
import type { AnyPath } from './codemod-context.ts';

const LINKS = /\b_links\b/;

/**
 * Whether a request's URL argument is a V1 status link: it reads `_links` (`job._links.self.href`), or is a
 * variable initialised from such a read (`const statusUrl = job._links.self.href`).
 */
export function readsStatusLink(ctx: CodemodContext, arg: AnyNode): boolean {
  if (!arg || arg.start === undefined) return false;
  if (LINKS.test(ctx.source.slice(arg.start, arg.end))) return true;
  if (arg.type !== 'Identifier') return false;
  let found = false;
  findPaths(
    ctx.root,
    'VariableDeclarator',
    (n: AnyNode) => n.id?.type === 'Identifier' && n.id.name === arg.name,
  ).forEach((d: AnyPath) => {
    const init = d.node.init;
    if (init && LINKS.test(ctx.source.slice(init.start, init.end))) found = true;
  });
  return found;
}

import type { AnyPath, CodemodContext } from '../js/codemod-context.ts';
import { findPaths } from '../ast/find-paths.ts';
import { getStringValue } from '../ast/get-string-value.ts';

/**
 * The value of `const NAME = '<string>'` when the file declares NAME exactly once, as such a constant:
 * what a payload leaf written as `NAME` holds, for the translator's diagnostics (an input host off the V2
 * allowlist stays reported when the URL sits in a constant).
 */
export function findConstString(ctx: CodemodContext, name: string): string | undefined {
  const declarations = findPaths(ctx.root, 'VariableDeclarator').filter(
    (p: AnyPath) => p.node.id?.type === 'Identifier' && p.node.id.name === name,
  );
  if (declarations.length !== 1) return undefined;
  const declarator = declarations[0]!;
  if (declarator.parent?.node.kind !== 'const' || !declarator.node.init) return undefined;
  return getStringValue(declarator.node.init);
}

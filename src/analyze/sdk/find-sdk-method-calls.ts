import type { AnyPath } from '../ast/types.ts';
import type { ASTNode, Collection } from 'jscodeshift';
import { findPaths } from '../ast/find-paths.ts';
import { readClientSdk } from './read-client-sdk.ts';
import type { SdkBindings, SdkCall, UntracedUse } from './sdk-trace.ts';

/**
 * Method calls on anything that evaluates to a client (optional calls too: `client?.createCutout(…)` keeps
 * its short-circuit after the rewrite): Remove Background calls, and other methods as untraced uses.
 */
export function findSdkMethodCalls(
  root: Collection<ASTNode>,
  bindings: SdkBindings,
): { calls: SdkCall[]; untraced: UntracedUse[] } {
  const calls: SdkCall[] = [];
  const untraced: UntracedUse[] = [];
  findPaths(root, 'Node').forEach((path: AnyPath) => {
    if (path.node.type !== 'CallExpression' && path.node.type !== 'OptionalCallExpression') return;
    const callee = path.node.callee;
    if (
      (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') ||
      callee.computed ||
      callee.property.type !== 'Identifier'
    )
      return;
    const method = callee.property.name;
    if (method === 'then') return;
    const sdk = readClientSdk(bindings, path.get('callee', 'object'));
    if (!sdk) return;
    const v1Path = sdk.methods[method];
    if (v1Path === undefined)
      untraced.push({ path, sdk, reason: `.${method}() is not a Remove Background call` });
    else calls.push({ path, sdk, method, v1Path });
  });
  return { calls, untraced };
}

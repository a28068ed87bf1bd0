import type { AnyNode } from '../ast/types.ts';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findPaths } from '../ast/find-paths.ts';

/**
 * The class a variable of this file holds an instance of (`const client = new JobClient(…)` →
 * `JobClient`), when every declaration or assignment of that name in the file constructs the same class
 * by its name; undefined otherwise.
 */
export function findInstanceClass(ctx: Pick<CodemodContext, 'root'>, name: string): string | undefined {
  const classes = new Set<string | undefined>();
  const note = (value: AnyNode) =>
    classes.add(
      value?.type === 'NewExpression' && value.callee.type === 'Identifier' ? value.callee.name : undefined,
    );
  findPaths(ctx.root, 'VariableDeclarator').forEach((p: AnyPath) => {
    if (p.node.id.type === 'Identifier' && p.node.id.name === name) note(p.node.init);
  });
  findPaths(ctx.root, 'AssignmentExpression').forEach((p: AnyPath) => {
    if (p.node.left.type === 'Identifier' && p.node.left.name === name) note(p.node.right);
  });
  return classes.size === 1 ? [...classes][0] : undefined;
}

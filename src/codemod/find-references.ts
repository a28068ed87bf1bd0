import type { CodemodContext, AnyPath } from './codemod-context.ts';
import type { Binding } from './find-binding.ts';
import { isReference } from './is-reference.ts';

/** Every identifier in the file that reads the given binding (declarations excluded). */
export function findReferences(ctx: CodemodContext, binding: Binding, name: string): AnyPath[] {
  const found: AnyPath[] = [];
  ctx.root.find(ctx.j.Identifier, { name }).forEach((p: AnyPath) => {
    if (p.node === binding.declaration.node) return;
    if (!isReference(p)) return;
    if (p.scope?.lookup(name) !== binding.scope) return;
    found.push(p);
  });
  return found;
}

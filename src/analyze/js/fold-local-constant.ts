import type { AnyNode } from '../ast/types.ts';
import type { AnyPath, CodemodContext } from './codemod-context.ts';
import { findPaths } from '../ast/find-paths.ts';
import { foldConstant, type Folded, type FoldLookup } from '../project/fold-constant.ts';
import { findProjectImports } from '../project/find-project-imports.ts';
import { resolveModuleFile } from '../project/resolve-module-file.ts';

/**
 * What an expression of the file being planned folds to, with the analysis' one set of rules
 * (foldConstant): a name stands for the `const` the file declares under that name exactly once (its
 * initialiser folded the same way), or for the constant it imports from a module of the project (the
 * folded constants of the project context). A payload leaf written as `INPUT_URL`, `URLS.input` or
 * `` `${BUCKET}/in.png` `` is then known to the translator's diagnostics (RB102 for an input host off the
 * V2 allowlist) while its text is kept.
 */
export function foldLocalConstant(ctx: CodemodContext, node: AnyNode): Folded | undefined {
  let imports: ReturnType<typeof findProjectImports> | undefined;
  const known = new Set(Object.keys(ctx.project?.constants ?? {}));
  const lookup: FoldLookup = (name, depth) => {
    const declarations = findPaths(
      ctx.root,
      'VariableDeclarator',
      (n: AnyNode) => n.id?.type === 'Identifier' && n.id.name === name,
    );
    imports ??= findProjectImports(ctx);
    const imported = imports.filter((i) => i.local === name);
    if (declarations.length + imported.length !== 1) return undefined;
    if (declarations.length === 1) {
      const declarator: AnyPath = declarations[0]!;
      if (declarator.parent?.node.kind !== 'const') return undefined;
      return foldConstant(declarator.node.init, lookup, depth);
    }
    const file = resolveModuleFile(ctx.filename, imported[0]!.specifier, known);
    return file === undefined ? undefined : ctx.project?.constants[file]?.[imported[0]!.imported];
  };
  return foldConstant(node, lookup);
}

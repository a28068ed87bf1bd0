import type { CodemodContext } from '../codemod-context.ts';
import type { V1Leaf } from '../evaluate-v1-object.ts';
import { foldLocalConstant } from '../fold-local-constant.ts';
import { allowsUnknownValue } from './allows-unknown-value.ts';
import { setAt } from './set-at.ts';
import type { StagedPayload } from './staged-payload.ts';

/**
 * A leaf written as a string constant (`href: INPUT_URL`, also one imported from another module of the
 * project, or a template of constants) keeps its text in the output, but the translator's diagnostics see its value (e.g. RB102 for an input host off the V2 allowlist): V1 path → the
 * leaf with the constant's value, also written into the staged effective body. Only values the mapping moves
 * as they are (URLs): a value that decides the V2 request stays RB207.
 */
export function readConstLeaves(
  ctx: CodemodContext,
  leaves: readonly V1Leaf[],
  staged: StagedPayload,
): Map<string, V1Leaf> {
  const constLeaves = new Map<string, V1Leaf>();
  for (const leaf of leaves) {
    if (!leaf.dynamic || staged.mutationLeaves.has(leaf.path) || !leaf.node?.value) continue;
    if (!allowsUnknownValue(leaf.path)) continue;
    const known = foldLocalConstant(ctx, leaf.node.value);
    if (typeof known !== 'string') continue;
    constLeaves.set(leaf.path, { ...leaf, value: known, dynamic: false });
    setAt(staged.effectiveValue, leaf.path, known);
  }
  return constLeaves;
}

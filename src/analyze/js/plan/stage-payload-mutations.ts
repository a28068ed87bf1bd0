import type { AnyNode } from '../../ast/types.ts';
import { MAPPING_BY_PATH } from 'rb-migrate-runtime/mapping';
import type { CodemodContext } from '../codemod-context.ts';
import type { EvaluatedPayload, V1Leaf } from '../evaluate-v1-object.ts';
import type { PayloadMutation } from '../resolve-payload-site.ts';
import { makePlaceholder } from './make-placeholder.ts';
import { setAt } from './set-at.ts';
import type { PayloadFailure, StagedPayload } from './staged-payload.ts';

/**
 * Mutations: the literal keeps its own values (placeholders standing for its text), the effective body (for
 * diagnostics) takes the assigned values. A mutation of a path the literal does not have, or the mapping does
 * not know, fails with RB201. Marks the mutated leaves of `evaluated` dynamic.
 */
export function stagePayloadMutations(
  ctx: CodemodContext,
  evaluated: EvaluatedPayload,
  mutations: readonly PayloadMutation[],
): StagedPayload | PayloadFailure {
  const leafAt = new Map(evaluated.leaves.map((l) => [l.path, l]));
  const literalValue = structuredClone(evaluated.value);
  const effectiveValue = structuredClone(evaluated.value);
  const mutationLeaves: StagedPayload['mutationLeaves'] = new Map();
  for (const m of mutations) {
    const own = leafAt.get(m.path);
    const row = MAPPING_BY_PATH.get(m.path);
    if (!own || !row)
      return {
        failure: { code: 'RB201', vars: { sourceText: textOf(ctx, m.statement.node), path: m.path } },
      };
    const ownPlaceholder = makePlaceholder();
    setAt(literalValue, m.path, ownPlaceholder);
    own.value = ownPlaceholder;
    own.dynamic = true;
    const lit = literalOf(m.value.node);
    const leaf: V1Leaf = {
      path: m.path,
      text: textOf(ctx, m.value.node),
      value: lit.ok ? lit.value : makePlaceholder(),
      dynamic: !lit.ok,
      comments: [],
      node: m.value.node,
    };
    setAt(effectiveValue, m.path, leaf.value);
    mutationLeaves.set(m.path, { leaf, mutation: m });
  }
  return { literalValue, effectiveValue, mutationLeaves };
}

function textOf(ctx: CodemodContext, node: AnyNode): string {
  return ctx.source.slice(node.start, node.end);
}

function literalOf(node: AnyNode): { ok: true; value: unknown } | { ok: false } {
  if (node.type === 'StringLiteral' || node.type === 'NumericLiteral' || node.type === 'BooleanLiteral')
    return { ok: true, value: node.value };
  if (node.type === 'Literal' && !node.regex) return { ok: true, value: node.value };
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0)
    return { ok: true, value: node.quasis[0].value.cooked };
  return { ok: false };
}
